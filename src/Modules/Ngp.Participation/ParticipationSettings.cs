namespace Ngp.Participation;

/// <summary>A tenant's participation settings (kept in the site settings table under its own key).</summary>
public sealed record ParticipationSettings
{
    public const string Key = "participation";

    /// <summary>New comments wait for a moderator before anyone else sees them.</summary>
    public bool PreModeration { get; init; }
}
