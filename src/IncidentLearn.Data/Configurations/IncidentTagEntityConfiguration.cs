using IncidentLearn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentLearn.Data.Configurations;

internal sealed class IncidentTagEntityConfiguration : IEntityTypeConfiguration<IncidentTagEntity>
{
    public void Configure(EntityTypeBuilder<IncidentTagEntity> builder)
    {
        builder.ToTable("IncidentTags");
        builder.HasKey(t => new { t.IncidentId, t.Value });
        builder.HasIndex(t => t.Value);
    }
}
