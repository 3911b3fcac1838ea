using IncidentLearn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentLearn.Data.Configurations;

internal sealed class ReviewLogEntityConfiguration : IEntityTypeConfiguration<ReviewLogEntity>
{
    public void Configure(EntityTypeBuilder<ReviewLogEntity> builder)
    {
        builder.ToTable("ReviewLog");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.UserId).IsRequired().HasMaxLength(64);
        builder.Property(r => r.CardId).IsRequired().HasMaxLength(64);
        builder.Property(r => r.PhaseBefore).IsRequired().HasMaxLength(16);
        builder.HasIndex(r => new { r.UserId, r.ReviewedAt });
        builder.HasIndex(r => r.IncidentId);
        builder.HasOne<IncidentEntity>().WithMany().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
