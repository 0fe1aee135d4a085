using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Users.Leases;

public sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>, IEntityTypeConfiguration<LeaseHolder>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("Leases");
        builder.Property(l => l.Reference).HasMaxLength(40);
        builder.Property(l => l.Building).HasMaxLength(200);
        builder.Property(l => l.Postcode).HasMaxLength(10);
        builder.Property(l => l.Street).HasMaxLength(200);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.Property(l => l.Dwelling).HasMaxLength(100);
        builder.HasIndex(l => l.Reference).IsUnique();
    }

    public void Configure(EntityTypeBuilder<LeaseHolder> builder)
    {
        builder.ToTable("LeaseHolders");
        builder.Property(h => h.UserId).HasMaxLength(450);
        builder.HasIndex(h => h.UserId).IsUnique();
        builder.HasIndex(h => new { h.LeaseId, h.Slot }).IsUnique();
        builder.HasOne(h => h.Lease).WithMany().HasForeignKey(h => h.LeaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
