using Kierunek.Data.Accounts;
using Kierunek.Data.Audit;
using Kierunek.Data.Mail;
using Kierunek.Data.Monitoring;
using Kierunek.Data.Ozps;
using Kierunek.Data.Publishing;
using Kierunek.Data.Strategies;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Data;

/// <summary>The database: documents and their projection, the audit, and the accounts (ASP.NET Core
/// Identity). Two providers share this model; each has its own migrations (<see cref="SqliteDb"/>,
/// <see cref="PostgresDb"/>) because their SQL differs.</summary>
public abstract class KierunekDb(DbContextOptions options) : IdentityDbContext<KierunekUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies, tokens and invitation links: in the database, so every instance
    /// of the application reads the same ones and a restart signs nobody out.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<DocumentRow> Documents => Set<DocumentRow>();
    public DbSet<DocumentVersionRow> DocumentVersions => Set<DocumentVersionRow>();
    public DbSet<NodeRow> Nodes => Set<NodeRow>();
    public DbSet<IndicatorRow> Indicators => Set<IndicatorRow>();
    public DbSet<IndicatorValueRow> IndicatorValues => Set<IndicatorValueRow>();
    public DbSet<InstitutionRow> Institutions => Set<InstitutionRow>();
    public DbSet<MappingRow> Mappings => Set<MappingRow>();
    public DbSet<UploadRow> Uploads => Set<UploadRow>();
    public DbSet<DraftRow> Drafts => Set<DraftRow>();
    public DbSet<RegisterEntryRow> Register => Set<RegisterEntryRow>();
    public DbSet<RegisterMergeRow> RegisterMerges => Set<RegisterMergeRow>();
    public DbSet<AuditRow> Audit => Set<AuditRow>();
    public DbSet<PeriodRow> Periods => Set<PeriodRow>();
    public DbSet<AssignmentRow> Assignments => Set<AssignmentRow>();
    public DbSet<EntryRow> Entries => Set<EntryRow>();
    public DbSet<DeadlineExtensionRow> DeadlineExtensions => Set<DeadlineExtensionRow>();
    public DbSet<ActionReportRow> ActionReports => Set<ActionReportRow>();
    public DbSet<ProgressScaleRow> ProgressScales => Set<ProgressScaleRow>();
    public DbSet<PublicationRow> Publications => Set<PublicationRow>();
    public DbSet<PublishingJobRow> PublishingJobs => Set<PublishingJobRow>();
    public DbSet<PublicationFileRow> PublicationFiles => Set<PublicationFileRow>();
    public DbSet<PublicStrategyRow> PublicStrategies => Set<PublicStrategyRow>();
    public DbSet<OzpsValueRow> OzpsValues => Set<OzpsValueRow>();
    public DbSet<OzpsAssessmentRow> OzpsAssessments => Set<OzpsAssessmentRow>();
    public DbSet<OzpsCampaignRow> OzpsCampaigns => Set<OzpsCampaignRow>();
    public DbSet<OzpsRegionStampRow> OzpsRegionStamps => Set<OzpsRegionStampRow>();
    public DbSet<OzpsRecommendationRow> OzpsRecommendations => Set<OzpsRecommendationRow>();
    public DbSet<OzpsRecommendationLinkRow> OzpsRecommendationLinks => Set<OzpsRecommendationLinkRow>();
    public DbSet<SetupCodeRow> SetupCodes => Set<SetupCodeRow>();
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    public DbSet<EntryMessageRow> EntryMessages => Set<EntryMessageRow>();
    public DbSet<AttachmentRow> Attachments => Set<AttachmentRow>();

    /// <summary>Audit rows added in this save are chained onto the last one (<see cref="AuditChain"/>) in the same
    /// transaction, after the provider's lock, so the chain has one order whatever runs at the same time.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var added = AddedAuditRows();
        if (added.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await LockAuditAsync(cancellationToken);
        var last = await Audit.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        AuditChain.Chain(added, last?.Sequence, last?.Hash);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null) await own.CommitAsync(cancellationToken);
        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Keeps other writers from chaining onto the same last row until this transaction ends. SQLite has one
    /// writer at a time already (its transactions begin IMMEDIATE); PostgreSQL takes a transaction-scoped advisory lock.</summary>
    protected virtual Task LockAuditAsync(CancellationToken ct) => Task.CompletedTask;

    private List<AuditRow> AddedAuditRows() =>
        ChangeTracker.Entries<AuditRow>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    /// <summary>Each table's mapping lives beside its rows, one <see cref="IEntityTypeConfiguration{TEntity}"/> per
    /// entity (Strategies/, Monitoring/, Publishing/, Ozps/, Audit/).</summary>
    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.ApplyConfigurationsFromAssembly(typeof(KierunekDb).Assembly);
    }
}

public sealed class SqliteDb(DbContextOptions<SqliteDb> options) : KierunekDb(options)
{
    /// <summary>One writer at a time per database, queued in the process. SQLite lets one connection write at a time,
    /// and Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms before it tries again: with fifty
    /// institutions saving at once, those sleeps were most of a save's time. A save inside a transaction the caller
    /// began is not queued — that transaction may already hold SQLite's lock, and the queue would then wait on it.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Writers = new();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null || !ChangeTracker.HasChanges()) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var writer = Writers.GetOrAdd(Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await writer.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            writer.Release();
        }
    }
}

public sealed class PostgresDb(DbContextOptions<PostgresDb> options) : KierunekDb(options)
{
    /// <summary>An arbitrary constant naming the audit chain's lock ("KIER" in ASCII).</summary>
    private const long AuditLock = 0x4B494552;

    protected override Task LockAuditAsync(CancellationToken ct) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditLock})", ct);
}
