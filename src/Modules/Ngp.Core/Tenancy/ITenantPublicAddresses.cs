namespace Ngp.Core.Tenancy;

/// <summary>Where each tenant answers for people outside any request: links of e-mails, feeds, calendars, sitemaps.</summary>
public interface ITenantPublicAddresses
{
    /// <summary>
    /// The tenant's public root ending with a slash (<c>https://participation.example.org/grenoble-centre/</c>), or
    /// null when neither the tenant nor the head office has a public address.
    /// </summary>
    string? PublicRoot(TenantDescriptor tenant);
}
