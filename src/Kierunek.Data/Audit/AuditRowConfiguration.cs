using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kierunek.Data.Audit;

/// <summary>The audit table; the migrations add the triggers that make it append-only.</summary>
public sealed class AuditRowConfiguration : IEntityTypeConfiguration<AuditRow>
{
    public void Configure(EntityTypeBuilder<AuditRow> e)
    {
        e.ToTable("audit");
        e.HasIndex(a => new { a.Entity, a.EntityKey });
        // One row per place in the chain: two writers chaining onto the same row cannot both succeed.
        e.HasIndex(a => a.Sequence).IsUnique();
        e.Property(a => a.Hash).HasMaxLength(64);
    }
}
