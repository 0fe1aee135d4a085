using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Accounts;

namespace Ngp.Participation.Data;

public enum CommentStatus
{
    /// <summary>Shown to everyone.</summary>
    Visible,

    /// <summary>Waiting for a moderator: pre-moderation is on, or 3 reports hid it.</summary>
    Pending,

    /// <summary>Hidden by a moderator.</summary>
    Hidden,

    /// <summary>Deleted by its author: kept as a placeholder so replies stay in their thread.</summary>
    Deleted,
}

public sealed class Comment
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public long? ParentId { get; set; }

    /// <summary>0 for a comment on the item, 1 and 2 for replies: three levels at most.</summary>
    public int Depth { get; set; }

    [UserId]
    public required string AuthorId { get; set; }

    /// <summary><c>for</c>, <c>neutral</c> or <c>against</c>.</summary>
    public required string Stance { get; set; }

    /// <summary>Markdown subset, rendered and sanitized on display.</summary>
    public required string Body { get; set; }

    /// <summary>The proposal an objection carries (required when <see cref="Stance"/> is <c>against</c>).</summary>
    public string? Proposal { get; set; }

    public CommentStatus Status { get; set; }

    public int ReportCount { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? EditedUtc { get; set; }
}

/// <summary>One person's support of a comment's proposal; the unique index makes it one per person.</summary>
public sealed class ProposalSupport
{
    public long Id { get; set; }

    public long CommentId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}

public sealed class CommentReport
{
    public long Id { get; set; }

    public long CommentId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    /// <summary><c>spam</c>, <c>offensive</c> or <c>off-topic</c>.</summary>
    public required string Reason { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>Set when a moderator decided (hid or restored the comment).</summary>
    public bool Resolved { get; set; }
}

/// <summary>
/// An answer to one question of a consultation. <see cref="VoterKey"/> is the account (<c>u:{id}</c>) or, for a
/// dwelling choice, the lease (<c>l:{reference}</c>); the unique index (item, question, voter) is what makes a
/// vote unique even when two submissions arrive at once.
/// </summary>
public sealed class Vote
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string QuestionId { get; set; }

    public required string VoterKey { get; set; }

    /// <summary>The account that last chose (for a lease, the household member who answered last).</summary>
    [UserId]
    public required string UserId { get; set; }

    /// <summary>Chosen option ids, comma-separated, in order (the order is the ranking for ranking questions).</summary>
    public required string OptionIds { get; set; }

    public string? LeaseReference { get; set; }

    public string? Building { get; set; }

    /// <summary>How an answer arrived when not online (<see cref="VoteChannels"/>): such an answer is final.</summary>
    public string? Channel { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}

/// <summary>How a household answered without voting online; null on a vote is online.</summary>
public static class VoteChannels
{
    /// <summary>Through the single-use code printed on the household's letter.</summary>
    public const string Letter = "letter";

    /// <summary>Recorded by staff on the household's behalf: a paper reply, at the agency's desk or by phone.</summary>
    public const string Desk = "desk";

    /// <summary>What a vote row names as its account when no account answered (a letter's code, staff at the desk).</summary>
    public const string NoAccount = "no-account";

    public static string Label(string? channel) => channel switch
    {
        Letter => "par courrier (code du courrier)",
        Desk => "par courrier / à l'accueil (saisie par l'agence)",
        _ => "en ligne",
    };
}

/// <summary>
/// A letter's single-use code: it lets one household (a lease) answer one consultation once, without an account, until
/// it expires. Only the code's SHA-256 is stored; the code itself is printed on the letter.
/// </summary>
public sealed class LetterCode
{
    public long Id { get; set; }

    public required string CodeHash { get; set; }

    public required string ContentItemId { get; set; }

    public required string LeaseReference { get; set; }

    public required string Building { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ExpiresUtc { get; set; }

    public DateTimeOffset? UsedUtc { get; set; }
}

public sealed class Follow
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    /// <summary>True when the follow came from commenting or voting rather than the "Suivre" button.</summary>
    public bool Automatic { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}

/// <summary>An author a moderator blocked from commenting until <see cref="UntilUtc"/>.</summary>
public sealed class CommentBlock
{
    public long Id { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public DateTimeOffset UntilUtc { get; set; }

    [UserId]
    public required string ModeratorId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}

/// <summary>What the background watcher and the publication tracker already announced for an item (opening, closing, phase).</summary>
public sealed class ParticipationState
{
    public required string ContentItemId { get; set; }

    public bool OpenedAnnounced { get; set; }

    public bool ClosedAnnounced { get; set; }

    public string? Phase { get; set; }

    /// <summary>Number of indicator measures last seen, to raise IndicatorUpdated only when one is added or changed.</summary>
    public string? IndicatorsSignature { get; set; }
}

public sealed class ParticipationConfiguration :
    IEntityTypeConfiguration<Comment>, IEntityTypeConfiguration<ProposalSupport>, IEntityTypeConfiguration<CommentReport>,
    IEntityTypeConfiguration<Vote>, IEntityTypeConfiguration<Follow>, IEntityTypeConfiguration<CommentBlock>, IEntityTypeConfiguration<ParticipationState>,
    IEntityTypeConfiguration<LetterCode>
{
    public void Configure(EntityTypeBuilder<Comment> e)
    {
        e.ToTable("Comments");
        e.Property(c => c.ContentItemId).HasMaxLength(32);
        e.Property(c => c.AuthorId).HasMaxLength(450);
        e.Property(c => c.Stance).HasMaxLength(10);
        e.Property(c => c.Body).HasMaxLength(CommentRules.MaxBody);
        e.Property(c => c.Proposal).HasMaxLength(CommentRules.MaxProposal);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(c => new { c.ContentItemId, c.CreatedUtc });
        e.HasIndex(c => new { c.Status, c.ReportCount });
        e.HasIndex(c => c.AuthorId);
        e.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ProposalSupport> e)
    {
        e.ToTable("ProposalSupports");
        e.Property(s => s.UserId).HasMaxLength(450);
        e.HasIndex(s => new { s.CommentId, s.UserId }).IsUnique();
        e.HasOne<Comment>().WithMany().HasForeignKey(s => s.CommentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CommentReport> e)
    {
        e.ToTable("CommentReports");
        e.Property(r => r.UserId).HasMaxLength(450);
        e.Property(r => r.Reason).HasMaxLength(20);
        e.HasIndex(r => new { r.CommentId, r.UserId }).IsUnique();
        e.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Vote> e)
    {
        e.ToTable("Votes");
        e.Property(v => v.ContentItemId).HasMaxLength(32);
        e.Property(v => v.QuestionId).HasMaxLength(40);
        e.Property(v => v.VoterKey).HasMaxLength(460);
        e.Property(v => v.UserId).HasMaxLength(450);
        e.Property(v => v.OptionIds).HasMaxLength(1300);
        e.Property(v => v.LeaseReference).HasMaxLength(40);
        e.Property(v => v.Building).HasMaxLength(200);
        e.HasIndex(v => new { v.ContentItemId, v.QuestionId, v.VoterKey }).IsUnique();
        e.HasIndex(v => v.UserId);
        e.Property(v => v.Channel).HasMaxLength(10);
        // « Has this household answered? », asked before every answer by letter or at the desk, and before an online vote.
        e.HasIndex(v => new { v.ContentItemId, v.LeaseReference });
    }

    public void Configure(EntityTypeBuilder<LetterCode> e)
    {
        e.ToTable("LetterCodes");
        e.Property(c => c.CodeHash).HasMaxLength(64);
        e.Property(c => c.ContentItemId).HasMaxLength(32);
        e.Property(c => c.LeaseReference).HasMaxLength(40);
        e.Property(c => c.Building).HasMaxLength(200);
        e.HasIndex(c => c.CodeHash).IsUnique();
        e.HasIndex(c => new { c.ContentItemId, c.LeaseReference });
    }

    public void Configure(EntityTypeBuilder<Follow> e)
    {
        e.ToTable("Follows");
        e.Property(f => f.ContentItemId).HasMaxLength(32);
        e.Property(f => f.UserId).HasMaxLength(450);
        e.HasIndex(f => new { f.ContentItemId, f.UserId }).IsUnique();
        e.HasIndex(f => f.UserId);
    }

    public void Configure(EntityTypeBuilder<CommentBlock> e)
    {
        e.ToTable("CommentBlocks");
        e.Property(b => b.UserId).HasMaxLength(450);
        e.Property(b => b.ModeratorId).HasMaxLength(450);
        e.HasIndex(b => new { b.UserId, b.UntilUtc });
    }

    public void Configure(EntityTypeBuilder<ParticipationState> e)
    {
        e.ToTable("ParticipationStates");
        e.HasKey(s => s.ContentItemId);
        e.Property(s => s.ContentItemId).HasMaxLength(32);
        e.Property(s => s.Phase).HasMaxLength(10);
        e.Property(s => s.IndicatorsSignature).HasMaxLength(64);
    }
}

public static class CommentRules
{
    public const int MaxBody = 5_000;
    public const int MaxProposal = 2_000;
    public const int MaxDepth = 2;
    public const int ReportsToHide = 3;

    public static readonly IReadOnlyList<string> Stances = ["for", "neutral", "against"];

    public static readonly IReadOnlyList<string> Reasons = ["spam", "offensive", "off-topic"];

    public static string StanceLabel(string stance) => stance switch
    {
        "for" => "Pour",
        "against" => "Contre",
        _ => "Neutre",
    };

    public static string ReasonLabel(string reason) => reason switch
    {
        "spam" => "Indésirable (spam)",
        "offensive" => "Propos offensants",
        _ => "Hors sujet",
    };
}
