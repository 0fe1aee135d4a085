using System.Text.RegularExpressions;

namespace Ngp.Tenants.Setup;

/// <summary>What a tenant name, URL prefix or host name may be.</summary>
public static partial class TenantNameRules
{
    /// <summary>Words that are routes of the site itself or would confuse visitors.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "api", "healthz", "compte", "account", "static", "assets", "css", "js", "lib", "img", "images",
        "_content", "_framework", "content", "login", "logout", "connexion", "deconnexion", "inscription",
        "favicon.ico", "robots.txt", "sitemap.xml", "www", "siege", "culture", "error", "erreur",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostName();

    /// <summary>French reason why the value cannot name a tenant or prefix; null when it can.</summary>
    public static string? CheckSlug(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            return $"{what} est obligatoire.";
        if (value.Length > 40)
            return $"{what} ne doit pas dépasser 40 caractères.";
        if (!Slug().IsMatch(value))
            return $"{what} ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets (pas au début ni à la fin).";
        if (Reserved.Contains(value))
            return $"« {value} » est un mot réservé du site : choisissez-en un autre.";
        return null;
    }

    public static string? CheckHostName(string value) =>
        HostName().IsMatch(value) ? null : $"« {value} » n'est pas un nom d'hôte valide (ex. : grenoble.ngp.fr).";
}
