using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Media.Storage;

public sealed class MediaFileRecordConfiguration : IEntityTypeConfiguration<MediaFileRecord>
{
    public void Configure(EntityTypeBuilder<MediaFileRecord> builder)
    {
        builder.ToTable("MediaFiles");
        builder.HasKey(f => f.Path);
        builder.Property(f => f.Path).HasMaxLength(80);
        builder.Property(f => f.MediaId).HasMaxLength(60).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(40).IsRequired();
        builder.Property(f => f.Content).IsRequired();
        builder.HasIndex(f => f.MediaId);
    }
}
