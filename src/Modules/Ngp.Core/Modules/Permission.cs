namespace Ngp.Core.Modules;

/// <summary>A right a module declares; recipes grant it to roles, administrators change the grants.</summary>
/// <param name="Name">Stable identifier stored in role claims, e.g. <c>ManageUsers</c>.</param>
/// <param name="Description">French description shown in the admin.</param>
/// <param name="Category">French group title in the permission editor.</param>
public sealed record Permission(string Name, string Description, string Category)
{
    public const string ClaimType = "ngp:permission";

    public string PolicyName => "permission:" + Name;
}
