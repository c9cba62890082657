using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kierunek.Data.Publishing;

public sealed class PublicationRowConfiguration : IEntityTypeConfiguration<PublicationRow>
{
    public void Configure(EntityTypeBuilder<PublicationRow> e)
    {
        e.ToTable("publications");
        e.HasIndex(p => new { p.DocumentKey, p.Kind, p.Year });
        e.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PublicationFileRowConfiguration : IEntityTypeConfiguration<PublicationFileRow>
{
    public void Configure(EntityTypeBuilder<PublicationFileRow> e)
    {
        e.ToTable("publication_files");
        e.HasIndex(f => new { f.PublicationId, f.Format }).IsUnique();
    }
}

public sealed class PublicStrategyRowConfiguration : IEntityTypeConfiguration<PublicStrategyRow>
{
    public void Configure(EntityTypeBuilder<PublicStrategyRow> e)
    {
        e.ToTable("public_strategies");
        e.HasKey(p => p.DocumentKey);
    }
}

public sealed class PublishingJobRowConfiguration : IEntityTypeConfiguration<PublishingJobRow>
{
    public void Configure(EntityTypeBuilder<PublishingJobRow> e)
    {
        e.ToTable("publishing_jobs");
        e.HasIndex(j => j.State);
    }
}
