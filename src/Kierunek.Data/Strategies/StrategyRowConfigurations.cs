using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kierunek.Data.Strategies;

public sealed class DocumentRowConfiguration : IEntityTypeConfiguration<DocumentRow>
{
    public void Configure(EntityTypeBuilder<DocumentRow> e)
    {
        e.ToTable("documents");
        e.HasIndex(d => d.Key).IsUnique();
        e.HasMany(d => d.Nodes).WithOne().HasForeignKey(n => n.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(d => d.Institutions).WithOne().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DocumentVersionRowConfiguration : IEntityTypeConfiguration<DocumentVersionRow>
{
    public void Configure(EntityTypeBuilder<DocumentVersionRow> e)
    {
        e.ToTable("document_versions");
        e.HasIndex(v => new { v.DocumentKey, v.Version }).IsUnique();
    }
}

public sealed class NodeRowConfiguration : IEntityTypeConfiguration<NodeRow>
{
    public void Configure(EntityTypeBuilder<NodeRow> e)
    {
        e.ToTable("nodes");
        // A parent is deleted with its document, never on its own: no cascade along the tree.
        e.HasOne(n => n.Parent).WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.NoAction);
        e.HasMany(n => n.Indicators).WithOne().HasForeignKey(i => i.NodeId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(n => new { n.DocumentId, n.Position });
    }
}

public sealed class IndicatorRowConfiguration : IEntityTypeConfiguration<IndicatorRow>
{
    public void Configure(EntityTypeBuilder<IndicatorRow> e)
    {
        e.ToTable("indicators");
        e.HasMany(i => i.Values).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class IndicatorValueRowConfiguration : IEntityTypeConfiguration<IndicatorValueRow>
{
    public void Configure(EntityTypeBuilder<IndicatorValueRow> e)
    {
        e.ToTable("indicator_values");
        e.Property(v => v.Number).HasPrecision(20, 6);
    }
}

public sealed class InstitutionRowConfiguration : IEntityTypeConfiguration<InstitutionRow>
{
    public void Configure(EntityTypeBuilder<InstitutionRow> e)
    {
        e.ToTable("institutions");
        e.HasIndex(i => new { i.DocumentId, i.Key }).IsUnique();
    }
}

public sealed class MappingRowConfiguration : IEntityTypeConfiguration<MappingRow>
{
    public void Configure(EntityTypeBuilder<MappingRow> e)
    {
        e.ToTable("mappings");
        e.HasIndex(m => m.Name).IsUnique();
        e.HasIndex(m => m.DocumentKey);
    }
}

public sealed class UploadRowConfiguration : IEntityTypeConfiguration<UploadRow>
{
    public void Configure(EntityTypeBuilder<UploadRow> e)
    {
        e.ToTable("uploads");
        e.HasKey(u => u.Id);
        e.HasIndex(u => u.User);
    }
}

public sealed class DraftRowConfiguration : IEntityTypeConfiguration<DraftRow>
{
    public void Configure(EntityTypeBuilder<DraftRow> e)
    {
        e.ToTable("drafts");
        e.HasKey(d => d.DocumentKey);
    }
}

public sealed class RegisterEntryRowConfiguration : IEntityTypeConfiguration<RegisterEntryRow>
{
    public void Configure(EntityTypeBuilder<RegisterEntryRow> e)
    {
        e.ToTable("register_entries");
        e.HasKey(r => r.Key);
        e.HasIndex(r => r.MergedInto);
    }
}

public sealed class RegisterMergeRowConfiguration : IEntityTypeConfiguration<RegisterMergeRow>
{
    public void Configure(EntityTypeBuilder<RegisterMergeRow> e)
    {
        e.ToTable("register_merges");
        e.HasIndex(r => r.From);
    }
}
