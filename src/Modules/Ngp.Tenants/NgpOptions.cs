namespace Ngp.Tenants;

/// <summary>The <c>Ngp</c> configuration section: where data lives and which database serves the tenants.</summary>
public sealed class NgpOptions
{
    /// <summary>Data folder (<c>NGP_DATA_PATH</c>); <c>App_Data</c> beside the site when empty.</summary>
    public string? DataPath { get; set; }

    public DatabaseOptions Database { get; set; } = new();
}
