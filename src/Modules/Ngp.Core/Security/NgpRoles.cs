namespace Ngp.Core.Security;

/// <summary>The six roles every tenant has; recipes grant them permissions.</summary>
public static class NgpRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Moderator = "Moderator";
    public const string Agent = "Agent";
    public const string Resident = "Resident";
    public const string Partner = "Partner";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Moderator, Agent, Resident, Partner];

    /// <summary>Roles an administrator may grant by invitation (residents come through a lease).</summary>
    public static readonly IReadOnlyList<string> Invitable = [Partner, Editor, Agent, Moderator, Administrator];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
