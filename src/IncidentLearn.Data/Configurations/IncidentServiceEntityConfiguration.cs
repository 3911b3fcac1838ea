using IncidentLearn.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentLearn.Data.Configurations;

internal sealed class IncidentServiceEntityConfiguration : IEntityTypeConfiguration<IncidentServiceEntity>
{
    public void Configure(EntityTypeBuilder<IncidentServiceEntity> builder)
    {
        builder.ToTable("IncidentServices");
        builder.HasKey(s => new { s.IncidentId, s.Value });
        builder.HasIndex(s => s.Value);
    }
}
