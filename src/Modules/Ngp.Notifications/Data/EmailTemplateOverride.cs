namespace Ngp.Notifications.Data;

/// <summary>A tenant's own version of a template (event kind × language); the embedded default otherwise.</summary>
public sealed class EmailTemplateOverride
{
    public required string Kind { get; set; }

    public required string Culture { get; set; }

    public required string Subject { get; set; }

    public required string Html { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
