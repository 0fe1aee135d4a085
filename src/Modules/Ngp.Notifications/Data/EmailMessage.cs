using Ngp.Core.Accounts;
using Ngp.Core.Leasing;

namespace Ngp.Notifications.Data;

/// <summary>
/// One e-mail of the tenant's outbox, written in the transaction of the change that causes it and sent later by
/// <see cref="Sending.EmailDispatcher"/>. Instants the sender compares are kept as UTC ticks, which SQLite orders correctly.
/// </summary>
public sealed class EmailMessage : ILeasedRow
{
    public long Id { get; set; }

    public required string Recipient { get; set; }

    public string? RecipientName { get; set; }

    /// <summary>The account it was written for, if any (lets the outbox page and unsubscribe name the person).</summary>
    [UserId]
    public string? UserId { get; set; }

    /// <summary>Event kind or <c>account</c> (invitations, password resets), <c>digest-daily</c>, <c>test</c>.</summary>
    public required string Kind { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    /// <summary>Absolute one-click unsubscribe address, sent as <c>List-Unsubscribe</c>; null for account e-mails.</summary>
    public string? UnsubscribeUrl { get; set; }

    /// <summary>Unique per recipient: the same key never reaches the same address twice.</summary>
    public required string IdempotencyKey { get; set; }

    public EmailStatus Status { get; set; }

    public int Attempts { get; set; }

    public long NextAttemptTicks { get; set; }

    public string? LastError { get; set; }

    public string? LeaseOwner { get; set; }

    public long LeaseUntilTicks { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? SentUtc { get; set; }
}
