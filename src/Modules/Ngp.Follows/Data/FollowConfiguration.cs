using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Follows.Data;

public sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> e)
    {
        e.ToTable("Follows");
        e.Property(f => f.ContentItemId).HasMaxLength(32);
        e.Property(f => f.UserId).HasMaxLength(450);
        e.HasIndex(f => new { f.ContentItemId, f.UserId }).IsUnique();
        e.HasIndex(f => f.UserId);
    }
}
