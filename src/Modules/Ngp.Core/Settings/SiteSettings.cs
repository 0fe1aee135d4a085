namespace Ngp.Core.Settings;

/// <summary>The settings of one tenant, set by the <c>settings</c> recipe step and the admin.</summary>
public sealed record SiteSettings
{
    public const string Key = "site";

    /// <summary>Name shown in the header; the tenant's display name until a recipe or the admin sets one.</summary>
    public string SiteName { get; init; } = "NGP";

    public string Tagline { get; init; } = "Partager le savoir pour partager le pouvoir";

    /// <summary>Accounts one lease may verify (a household), so one lease cannot stuff a vote.</summary>
    public int MaxAccountsPerLease { get; init; } = 2;

    public string PrimaryColor { get; init; } = "#0b5394";

    public string? ContactEmail { get; init; }

    /// <summary>Approval before publishing: editors submit, administrators approve (or send back).</summary>
    public bool RequireApproval { get; init; }
}
