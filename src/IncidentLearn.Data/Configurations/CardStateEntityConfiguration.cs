using IncidentLearn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentLearn.Data.Configurations;

internal sealed class CardStateEntityConfiguration : IEntityTypeConfiguration<CardStateEntity>
{
    public void Configure(EntityTypeBuilder<CardStateEntity> builder)
    {
        builder.ToTable("CardStates");
        builder.HasKey(s => new { s.UserId, s.CardId });
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.CardId).HasMaxLength(64);
        builder.Property(s => s.Phase).IsRequired().HasMaxLength(16);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.UserId, s.Due });
        builder.HasIndex(s => s.IncidentId);
        builder.HasOne<IncidentEntity>().WithMany().HasForeignKey(s => s.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
