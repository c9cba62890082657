using Kierunek.Data.Accounts;
using Kierunek.Data.Monitoring;
using Kierunek.Data.Ozps;
using Kierunek.Data.Publishing;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data;

/// <summary>The database: documents and their projection, the audit, and the accounts (ASP.NET Core
/// Identity). Two providers share this model; each has its own migrations (<see cref="SqliteDb"/>,
/// <see cref="PostgresDb"/>) because their SQL differs.</summary>
public abstract class KierunekDb(DbContextOptions options) : IdentityDbContext<KierunekUser>(options)
{
    public DbSet<DocumentRow> Documents => Set<DocumentRow>();
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

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<DocumentRow>(e =>
        {
            e.ToTable("documents");
            e.HasIndex(d => d.Key).IsUnique();
            e.HasMany(d => d.Nodes).WithOne().HasForeignKey(n => n.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Institutions).WithOne().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NodeRow>(e =>
        {
            e.ToTable("nodes");
            e.HasOne(n => n.Parent).WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.NoAction);
            e.HasMany(n => n.Indicators).WithOne().HasForeignKey(i => i.NodeId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(n => new { n.DocumentId, n.Position });
        });
        b.Entity<IndicatorRow>(e =>
        {
            e.ToTable("indicators");
            e.HasMany(i => i.Values).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<IndicatorValueRow>(e =>
        {
            e.ToTable("indicator_values");
            e.Property(v => v.Number).HasPrecision(20, 6);
        });
        b.Entity<InstitutionRow>(e =>
        {
            e.ToTable("institutions");
            e.HasIndex(i => new { i.DocumentId, i.Key }).IsUnique();
        });
        b.Entity<AuditRow>(e =>
        {
            e.ToTable("audit");
            e.HasIndex(a => new { a.Entity, a.EntityKey });
        });
        b.Entity<PeriodRow>(e =>
        {
            e.ToTable("periods");
            e.HasIndex(p => new { p.DocumentKey, p.Year }).IsUnique();
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
            e.HasMany(p => p.Assignments).WithOne().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AssignmentRow>(e =>
        {
            e.ToTable("assignments");
            e.HasIndex(a => new { a.PeriodId, a.NodePosition }).IsUnique();
            e.HasIndex(a => a.InstitutionKey);
            e.HasMany(a => a.Entries).WithOne().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<EntryRow>(e =>
        {
            e.ToTable("entries");
            e.HasIndex(x => new { x.AssignmentId, x.IndicatorIndex }).IsUnique();
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Number).HasPrecision(20, 6);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<PublicationRow>(e =>
        {
            e.ToTable("publications");
            e.HasIndex(p => new { p.DocumentKey, p.Kind, p.Year });
            e.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PublicationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OzpsValueRow>(e =>
        {
            e.ToTable("ozps_values");
            e.HasIndex(v => new { v.UnitCode, v.TableCode, v.RowCode, v.Year, v.Forecast }).IsUnique();
            e.Property(v => v.UnitCode).HasMaxLength(7);
            e.Property(v => v.Number).HasPrecision(20, 6);
        });
        b.Entity<PublicationFileRow>(e =>
        {
            e.ToTable("publication_files");
            e.HasIndex(f => new { f.PublicationId, f.Format }).IsUnique();
        });
    }
}

public sealed class SqliteDb(DbContextOptions<SqliteDb> options) : KierunekDb(options);

public sealed class PostgresDb(DbContextOptions<PostgresDb> options) : KierunekDb(options);
