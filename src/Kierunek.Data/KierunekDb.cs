using Kierunek.Data.Accounts;
using Kierunek.Data.Audit;
using Kierunek.Data.Monitoring;
using Kierunek.Data.Ozps;
using Kierunek.Data.Publishing;
using Kierunek.Data.Strategies;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data;

/// <summary>The database: documents and their projection, the audit, and the accounts (ASP.NET Core
/// Identity). Two providers share this model; each has its own migrations (<see cref="SqliteDb"/>,
/// <see cref="PostgresDb"/>) because their SQL differs.</summary>
public abstract class KierunekDb(DbContextOptions options) : IdentityDbContext<KierunekUser>(options)
{
    public DbSet<DocumentRow> Documents => Set<DocumentRow>();
    public DbSet<DocumentVersionRow> DocumentVersions => Set<DocumentVersionRow>();
    public DbSet<NodeRow> Nodes => Set<NodeRow>();
    public DbSet<IndicatorRow> Indicators => Set<IndicatorRow>();
    public DbSet<IndicatorValueRow> IndicatorValues => Set<IndicatorValueRow>();
    public DbSet<InstitutionRow> Institutions => Set<InstitutionRow>();
    public DbSet<AuditRow> Audit => Set<AuditRow>();
    public DbSet<PeriodRow> Periods => Set<PeriodRow>();
    public DbSet<AssignmentRow> Assignments => Set<AssignmentRow>();
    public DbSet<EntryRow> Entries => Set<EntryRow>();
    public DbSet<PublicationRow> Publications => Set<PublicationRow>();
    public DbSet<PublicationFileRow> PublicationFiles => Set<PublicationFileRow>();
    public DbSet<OzpsValueRow> OzpsValues => Set<OzpsValueRow>();

    /// <summary>Each table's mapping lives beside its rows, one <see cref="IEntityTypeConfiguration{TEntity}"/> per
    /// entity (Strategies/, Monitoring/, Publishing/, Ozps/, Audit/).</summary>
    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.ApplyConfigurationsFromAssembly(typeof(KierunekDb).Assembly);
    }
}

public sealed class SqliteDb(DbContextOptions<SqliteDb> options) : KierunekDb(options);

public sealed class PostgresDb(DbContextOptions<PostgresDb> options) : KierunekDb(options);
