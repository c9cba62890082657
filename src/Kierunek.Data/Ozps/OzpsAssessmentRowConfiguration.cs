using Kierunek.Domain.Input;
using Kierunek.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kierunek.Data.Ozps;

public sealed class OzpsAssessmentRowConfiguration : IEntityTypeConfiguration<OzpsAssessmentRow>
{
    public void Configure(EntityTypeBuilder<OzpsAssessmentRow> e)
    {
        e.ToTable("ozps_assessments");
        e.HasIndex(a => new { a.UnitCode, a.Year }).IsUnique();
        e.Property(a => a.UnitCode).HasMaxLength(7);
        e.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        e.Property(a => a.Conclusions).HasMaxLength(Domain.Ozps.Assessments.AssessmentText.ConclusionsLength);
        e.Property(a => a.Revision).IsConcurrencyToken();
        e.Property(a => a.ReturnReason).HasMaxLength(InputText.ReasonLength);
        e.Property(a => a.ChangedBy).HasMaxLength(InputText.NameLength * 2);
    }
}

public sealed class OzpsCampaignRowConfiguration : IEntityTypeConfiguration<OzpsCampaignRow>
{
    public void Configure(EntityTypeBuilder<OzpsCampaignRow> e)
    {
        e.ToTable("ozps_campaigns");
        e.HasIndex(c => new { c.RegionCode, c.Year }).IsUnique();
        e.Property(c => c.RegionCode).HasMaxLength(7);
        e.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        e.Property(c => c.Message).HasMaxLength(CampaignWorkflow.MessageLength);
        e.Property(c => c.OpenedBy).HasMaxLength(InputText.NameLength * 2);
    }
}
