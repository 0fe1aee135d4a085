using System.Net;
using Ngp.Core.Mail;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Accounts;

/// <summary>
/// The e-mails about getting into one's account. Where the site must answer alike whether an address has an account
/// or not (password reset, registration), the address gets the e-mail that fits it, and only its owner reads which.
/// </summary>
public sealed class AccountEmails(IEmailSender mail, ITenantContext tenantContext)
{
    private string Site => tenantContext.Tenant.DisplayName;

    public Task SendResetLinkAsync(string to, string resetLink, CancellationToken ct) => SendAsync(
        to,
        $"Réinitialiser votre mot de passe — {Site}",
        $"Pour choisir un nouveau mot de passe sur {Site}, suivez ce lien :",
        [("nouveau mot de passe", resetLink)],
        ct);

    public Task SendNoAccountAsync(string to, AccountLinks links, CancellationToken ct) => SendAsync(
        to,
        $"Demande de mot de passe — {Site}",
        $"Un nouveau mot de passe a été demandé sur {Site} pour cette adresse, mais aucun compte n'y est inscrit avec elle. Si vous avez un compte avec une autre adresse, refaites la demande avec celle-ci ; si vous êtes locataire, vous pouvez créer votre compte :",
        [("créer mon compte", links.Register)],
        ct);

    public Task SendAlreadyRegisteredAsync(string to, AccountLinks links, CancellationToken ct) => SendAsync(
        to,
        $"Vous avez déjà un compte — {Site}",
        $"Une inscription a été demandée sur {Site} avec cette adresse. Vous avez déjà un compte : connectez-vous ou réinitialisez votre mot de passe.",
        [("me connecter", links.Login), ("réinitialiser mon mot de passe", links.ForgotPassword)],
        ct);

    private Task SendAsync(string to, string subject, string text, IReadOnlyList<(string Label, string Url)> links, CancellationToken ct)
    {
        const string ignore = "Si vous n'avez rien demandé, ignorez ce message.";
        var html = $"<p>Bonjour,</p><p>{WebUtility.HtmlEncode(text)}</p><ul>"
            + string.Concat(links.Select(l => $"<li><a href=\"{WebUtility.HtmlEncode(l.Url)}\">{WebUtility.HtmlEncode(l.Label)}</a></li>"))
            + $"</ul><p>{WebUtility.HtmlEncode(ignore)}</p>";
        var plain = $"Bonjour,\n\n{text}\n\n" + string.Concat(links.Select(l => $"- {l.Label} : {l.Url}\n")) + $"\n{ignore}\n";
        return mail.SendAsync(to, subject, html, plain, ct);
    }
}
