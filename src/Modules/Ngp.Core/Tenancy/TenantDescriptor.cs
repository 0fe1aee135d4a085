namespace Ngp.Core.Tenancy;

/// <summary>What the site knows of one tenant: where it answers and where its data lives.</summary>
public sealed record TenantDescriptor
{
    public const string HeadOfficeName = "siege";

    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public TenantState State { get; init; }

    /// <summary>URL prefix without slashes (<c>grenoble-centre</c>); empty for a tenant served at the root.</summary>
    public string UrlPrefix { get; init; } = "";

    public IReadOnlyList<string> HostNames { get; init; } = [];

    /// <summary>
    /// Where people reach the tenant from outside (<c>https://grenoble.example.org</c>, no trailing slash), set in the
    /// admin or a recipe; null to derive it from the head office's address and the prefix.
    /// </summary>
    public string? PublicAddress { get; init; }

    public DatabaseProvider DatabaseProvider { get; init; }

    public required string ConnectionString { get; init; }

    public required string Recipe { get; init; }

    /// <summary>Folder of the tenant's own files (database, index, mail pickup, uploads).</summary>
    public required string DataFolder { get; init; }

    /// <summary>Why the last setup failed, shown to the head office; null once Running.</summary>
    public string? SetupError { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public bool IsHeadOffice => Name == HeadOfficeName;

    /// <summary>Path base of the tenant's pages: <c>/grenoble-centre</c>, or empty at the root.</summary>
    public string PathBase => UrlPrefix.Length == 0 ? "" : "/" + UrlPrefix;

    /// <summary>The tenant's root on its first host name over HTTPS (<c>https://grenoble.example.org/</c>); null without one.</summary>
    public string? HostNameRoot => HostNames.Count > 0 ? $"https://{HostNames[0]}{PathBase}/" : null;

    /// <summary>
    /// A page of this tenant as a link from another tenant's page: under its prefix on the same site, or on its own
    /// host name (scheme-relative) when it has no prefix.
    /// </summary>
    public string LinkFromAnotherSite(string relative) =>
        UrlPrefix.Length > 0 ? PathBase + "/" + relative
        : HostNames.Count > 0 ? $"//{HostNames[0]}/{relative}"
        : "/" + relative;
}
