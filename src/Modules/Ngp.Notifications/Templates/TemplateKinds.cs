namespace Ngp.Notifications.Templates;

/// <summary>The kinds of template an administrator can change; any event kind may also have its own.</summary>
public static class TemplateKinds
{
    /// <summary>One notice sent at once; the default for every event without its own template.</summary>
    public const string Notice = "Notice";

    /// <summary>The daily or weekly digest.</summary>
    public const string Digest = "Digest";

    public static readonly IReadOnlyList<string> Cultures = ["fr", "en"];

    public static string CultureOf(string? culture) => culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
}
