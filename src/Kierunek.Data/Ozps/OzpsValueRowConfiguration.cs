using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kierunek.Data.Ozps;

public sealed class OzpsValueRowConfiguration : IEntityTypeConfiguration<OzpsValueRow>
{
    public void Configure(EntityTypeBuilder<OzpsValueRow> e)
    {
        e.ToTable("ozps_values");
        e.HasIndex(v => new { v.UnitCode, v.TableCode, v.RowCode, v.Year, v.Forecast }).IsUnique();
        e.Property(v => v.UnitCode).HasMaxLength(7); // a TERYT code
        e.Property(v => v.Number).HasPrecision(20, 6);
    }
}
