namespace Ngp.Core.Notifications;

/// <summary>
/// Tells people that something happened: e-mail (now or in a digest, as each account chose; at once to a bare address,
/// which has no preference) and in-app. What must not wait for a digest (password reset, invitation, account security)
/// does not go through it: it is sent by <see cref="Mail.IEmailSender"/>.
/// Modules and workflow tasks call it with a notice and an audience; the notifications module resolves the
/// audience, removes duplicates and people who opted out, and queues the messages in the caller's unit of work.
/// Nothing is sent before the caller's <c>SaveChanges</c> commits, and SMTP is never touched inside the call.
/// </summary>
public interface INotifier
{
    /// <summary>Queues the notice for every member of the audience; returns how many recipients it reached.</summary>
    Task<int> NotifyAsync(Notice notice, Audience audience, CancellationToken ct = default);
}
