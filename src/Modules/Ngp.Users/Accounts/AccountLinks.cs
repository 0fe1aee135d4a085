using Microsoft.AspNetCore.Http;

namespace Ngp.Users.Accounts;

/// <summary>Absolute addresses of the agency's account pages, for the e-mails a request sends.</summary>
public sealed record AccountLinks(string Root)
{
    public string Login => Root + "compte/connexion";

    public string ForgotPassword => Root + "compte/mot-de-passe-oublie";

    public string Register => Root + "compte/inscription";

    /// <summary>The agency's root as this request reached it (its prefix included), ending with a slash.</summary>
    public static AccountLinks Of(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
