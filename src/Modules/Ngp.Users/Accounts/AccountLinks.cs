using Ngp.Core.Web;

namespace Ngp.Users.Accounts;

/// <summary>Absolute addresses of the agency's account pages, for the e-mails a request sends.</summary>
public sealed record AccountLinks(string Root)
{
    public string Login => Root + "compte/connexion";

    public string ForgotPassword => Root + "compte/mot-de-passe-oublie";

    public string Register => Root + "compte/inscription";

    /// <summary>The agency's public root (its prefix included), ending with a slash.</summary>
    public static AccountLinks Of(SiteLinks links) => new(links.Root);
}
