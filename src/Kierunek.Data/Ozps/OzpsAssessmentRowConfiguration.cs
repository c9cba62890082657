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

public sealed class OzpsRecommendationRowConfiguration : IEntityTypeConfiguration<OzpsRecommendationRow>
{
    public void Configure(EntityTypeBuilder<OzpsRecommendationRow> e)
    {
        e.ToTable("ozps_recommendations");
        e.HasIndex(r => new { r.UnitCode, r.Year });
        e.Property(r => r.UnitCode).HasMaxLength(7);
        e.Property(r => r.Text).HasMaxLength(Domain.Ozps.Assessments.AssessmentText.RecommendationLength);
        e.Property(r => r.CreatedBy).HasMaxLength(InputText.NameLength * 2);
        e.HasMany(r => r.Links).WithOne().HasForeignKey(l => l.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OzpsRecommendationLinkRowConfiguration : IEntityTypeConfiguration<OzpsRecommendationLinkRow>
{
    public void Configure(EntityTypeBuilder<OzpsRecommendationLinkRow> e)
    {
        e.ToTable("ozps_recommendation_links");
        e.HasIndex(l => new { l.DocumentKey, l.NodeId });
        e.HasIndex(l => new { l.RecommendationId, l.DocumentKey, l.NodeId }).IsUnique();
    }
}

public sealed class OzpsRegionStampRowConfiguration : IEntityTypeConfiguration<OzpsRegionStampRow>
{
    public void Configure(EntityTypeBuilder<OzpsRegionStampRow> e)
    {
        e.ToTable("ozps_region_stamps");
        e.HasKey(s => s.RegionCode);
        e.Property(s => s.RegionCode).HasMaxLength(2);
        e.Property(s => s.Stamp).HasMaxLength(32);
    }
}
