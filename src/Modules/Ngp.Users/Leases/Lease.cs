using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Accounts;

namespace Ngp.Users.Leases;

/// <summary>A lease of the agency's lease list: what lets a resident's account be verified.</summary>
public sealed class Lease
{
    public int Id { get; set; }

    /// <summary>Reference as printed on the rent receipt, stored upper case without spaces.</summary>
    public required string Reference { get; set; }

    public required string Building { get; set; }

    public required string Postcode { get; set; }

    /// <summary>Number and street, as a letter is addressed (optional column of the import).</summary>
    public string? Street { get; set; }

    public string? City { get; set; }

    /// <summary>Staircase, floor, door: what finds the letterbox inside the building (optional column).</summary>
    public string? Dwelling { get; set; }

    public DateTimeOffset ImportedUtc { get; set; }

    public static string Normalize(string reference) =>
        new(reference.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
}

/// <summary>
/// An account verified by a lease. The slot (1..max) with its unique index makes the household limit hold
/// even when two registrations with the same lease arrive at once.
/// </summary>
public sealed class LeaseHolder
{
    public int Id { get; set; }

    public int LeaseId { get; set; }

    public Lease? Lease { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public int Slot { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}

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

public sealed class Invitation
{
    public int Id { get; set; }

    public required string Email { get; set; }

    public required string Role { get; set; }

    /// <summary>SHA-256 of the token sent by e-mail; the token itself is never stored.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ExpiresUtc { get; set; }

    public DateTimeOffset? AcceptedUtc { get; set; }

    /// <summary>The inviting account's id (before issue 17, its user name, which is its e-mail).</summary>
    [UserId]
    public string? InvitedBy { get; set; }
}

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Role).HasMaxLength(50);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
    }
}
