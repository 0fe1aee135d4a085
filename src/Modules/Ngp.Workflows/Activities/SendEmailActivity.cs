using Ngp.Core.Notifications;

namespace Ngp.Workflows.Activities;

/// <summary>
/// The same message as <see cref="NotifyActivity"/>, under the name workflows that write to addresses use: an address
/// gets it at once, an account as it chose (a resident who asked for a weekly digest meant it for every notice).
/// </summary>
public sealed class SendEmailActivity(AudienceCatalog audiences) : MessageActivity("SendEmail", "Envoyer un e-mail", audiences);
