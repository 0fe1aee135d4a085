using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Projects.Data;

public sealed class ProjectStateConfiguration : IEntityTypeConfiguration<ProjectState>
{
    public void Configure(EntityTypeBuilder<ProjectState> e)
    {
        e.ToTable("ProjectStates");
        e.HasKey(s => s.ContentItemId);
        e.Property(s => s.ContentItemId).HasMaxLength(32);
        e.Property(s => s.Phase).HasMaxLength(10);
        e.Property(s => s.IndicatorsSignature).HasMaxLength(64);
    }
}
