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
    }
}
