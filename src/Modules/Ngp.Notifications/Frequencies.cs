using Ngp.Notifications.Data;

namespace Ngp.Notifications;

/// <summary>Frequencies as the API and the forms name them.</summary>
public static class Frequencies
{
    public static readonly IReadOnlyList<string> Names = ["immediate", "daily", "weekly", "none"];

    public static string Name(NotificationFrequency frequency) => frequency switch
    {
        NotificationFrequency.Immediate => "immediate",
        NotificationFrequency.Weekly => "weekly",
        NotificationFrequency.None => "none",
        _ => "daily",
    };

    public static NotificationFrequency? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "immediate" => NotificationFrequency.Immediate,
        "daily" => NotificationFrequency.Daily,
        "weekly" => NotificationFrequency.Weekly,
        "none" => NotificationFrequency.None,
        _ => null,
    };
}
