using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Search.Indexing;

public sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> e)
    {
        e.ToTable("IndexingTasks");
        e.HasKey(t => t.Id);
        e.Property(t => t.ContentItemId).HasMaxLength(32).IsRequired();
        e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(t => t.ContentItemId);
    }
}
