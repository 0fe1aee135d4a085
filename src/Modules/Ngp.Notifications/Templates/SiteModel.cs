namespace Ngp.Notifications.Templates;

public sealed class SiteModel
{
    public required string Name { get; init; }

    public required string PrimaryColor { get; init; }

    public required string Url { get; init; }
}
