using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kierunek.Data.Monitoring;

public sealed class PeriodRowConfiguration : IEntityTypeConfiguration<PeriodRow>
{
    public void Configure(EntityTypeBuilder<PeriodRow> e)
    {
        e.ToTable("periods");
        e.HasIndex(p => new { p.DocumentKey, p.Year }).IsUnique();
        e.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        e.HasMany(p => p.Assignments).WithOne().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Extensions).WithOne().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Cascade);
        e.Property(p => p.Message).HasMaxLength(CampaignWorkflow.MessageLength);
    }
}

public sealed class DeadlineExtensionRowConfiguration : IEntityTypeConfiguration<DeadlineExtensionRow>
{
    public void Configure(EntityTypeBuilder<DeadlineExtensionRow> e)
    {
        e.ToTable("deadline_extensions");
        // One later deadline per institution: granting another replaces it (and the audit keeps both).
        e.HasIndex(x => new { x.PeriodId, x.InstitutionKey }).IsUnique();
        e.Property(x => x.Reason).HasMaxLength(InputText.ReasonLength);
    }
}

public sealed class AssignmentRowConfiguration : IEntityTypeConfiguration<AssignmentRow>
{
    public void Configure(EntityTypeBuilder<AssignmentRow> e)
    {
        e.ToTable("assignments");
        e.HasIndex(a => new { a.PeriodId, a.NodePosition }).IsUnique();
        e.HasIndex(a => a.InstitutionKey);
        e.HasMany(a => a.Entries).WithOne().HasForeignKey(x => x.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(a => a.Report).WithOne().HasForeignKey<ActionReportRow>(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ActionReportRowConfiguration : IEntityTypeConfiguration<ActionReportRow>
{
    public void Configure(EntityTypeBuilder<ActionReportRow> e)
    {
        e.ToTable("action_reports");
        e.HasIndex(x => x.AssignmentId).IsUnique();
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}

public sealed class ProgressScaleRowConfiguration : IEntityTypeConfiguration<ProgressScaleRow>
{
    public void Configure(EntityTypeBuilder<ProgressScaleRow> e)
    {
        e.ToTable("progress_scales");
        e.HasKey(x => x.DocumentKey);
    }
}

public sealed class EntryRowConfiguration : IEntityTypeConfiguration<EntryRow>
{
    public void Configure(EntityTypeBuilder<EntryRow> e)
    {
        e.ToTable("entries");
        e.HasIndex(x => new { x.AssignmentId, x.IndicatorIndex }).IsUnique();
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Number).HasPrecision(20, 6);
        // Two people saving the same value: the UPDATE checks the version the form was loaded with.
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}

public sealed class EntryMessageRowConfiguration : IEntityTypeConfiguration<EntryMessageRow>
{
    public void Configure(EntityTypeBuilder<EntryMessageRow> e)
    {
        e.ToTable("entry_messages");
        e.HasIndex(x => x.EntryId);
        e.HasOne<EntryRow>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Account).HasMaxLength(InputText.NameLength * 2);
        e.Property(x => x.Text).HasMaxLength(InputText.CommentLength);
    }
}

public sealed class AttachmentRowConfiguration : IEntityTypeConfiguration<AttachmentRow>
{
    public void Configure(EntityTypeBuilder<AttachmentRow> e)
    {
        e.ToTable("attachments");
        e.HasIndex(x => new { x.PeriodId, x.InstitutionKey });
        e.HasIndex(x => x.EntryId);
        e.HasOne<PeriodRow>().WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<EntryRow>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.FileName).HasMaxLength(Evidence.MaxFileName);
        e.Property(x => x.UploadedBy).HasMaxLength(InputText.NameLength * 2);
        e.Property(x => x.Sha256).HasMaxLength(64);
    }
}
