using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kierunek.Data.Mail;

public sealed class OutboxRowConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> e)
    {
        e.ToTable("outbox");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.To).HasMaxLength(256);
        e.Property(x => x.ToName).HasMaxLength(256);
        e.Property(x => x.Subject).HasMaxLength(400);
        e.Property(x => x.Key).HasMaxLength(200);
        e.Property(x => x.About).HasMaxLength(200);
        e.Property(x => x.LastError).HasMaxLength(2000);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => new { x.State, x.DueAt });
        e.HasIndex(x => new { x.Kind, x.About });
    }
}
