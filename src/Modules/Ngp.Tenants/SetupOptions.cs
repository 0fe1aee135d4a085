namespace Ngp.Tenants;

public sealed class SetupOptions
{
    /// <summary>E-mail of the head office's first administrator (<c>NGP_ADMIN_EMAIL</c>).</summary>
    public string AdminEmail { get; set; } = "admin@ngp.local";

    /// <summary>Password of that administrator (<c>NGP_ADMIN_PASSWORD</c>); generated and printed once when empty.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Recipe run on the head office after its first setup to create the demo agencies; empty for none.</summary>
    public string? DemoRecipe { get; set; } = "demo";
}
