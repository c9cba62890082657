using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kierunek.Data.Accounts;

public sealed class SetupCodeRowConfiguration : IEntityTypeConfiguration<SetupCodeRow>
{
    public void Configure(EntityTypeBuilder<SetupCodeRow> e)
    {
        e.ToTable("setup_codes");
        e.HasIndex(c => c.CodeHash).IsUnique();
        e.Property(c => c.CodeHash).HasMaxLength(64);
    }
}
