using IncidentLearn.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace IncidentLearn.Data;

public sealed class IncidentLearnDbContext(DbContextOptions<IncidentLearnDbContext> options) : DbContext(options)
{
    public DbSet<IncidentEntity> Incidents => Set<IncidentEntity>();

    public DbSet<CardStateEntity> CardStates => Set<CardStateEntity>();

    public DbSet<ReviewLogEntity> ReviewLog => Set<ReviewLogEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IncidentLearnDbContext).Assembly);
    }
}
