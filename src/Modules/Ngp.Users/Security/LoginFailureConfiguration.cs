using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Users.Security;

public sealed class LoginFailureConfiguration : IEntityTypeConfiguration<LoginFailure>
{
    public void Configure(EntityTypeBuilder<LoginFailure> builder)
    {
        builder.ToTable("LoginFailures");
        builder.HasKey(f => f.AddressHash);
        builder.Property(f => f.AddressHash).HasMaxLength(64);
        // Two failures at once must both count: the second write finds the count changed and counts again.
        builder.Property(f => f.FailedCount).IsConcurrencyToken();
    }
}
