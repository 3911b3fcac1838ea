using IncidentLearn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentLearn.Data.Configurations;

internal sealed class IncidentEntityConfiguration : IEntityTypeConfiguration<IncidentEntity>
{
    public void Configure(EntityTypeBuilder<IncidentEntity> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).IsRequired();
        builder.Property(i => i.Status).IsRequired();
        builder.Property(i => i.Document).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Date);
        builder.HasIndex(i => i.Severity);
        builder.HasIndex(i => i.Status);

        builder.HasMany(i => i.Tags).WithOne().HasForeignKey(t => t.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Services).WithOne().HasForeignKey(s => s.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
