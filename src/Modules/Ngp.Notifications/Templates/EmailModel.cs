namespace Ngp.Notifications.Templates;

/// <summary>What every template sees. Every value is plain text: the HTML part encodes it.</summary>
public sealed class EmailModel
{
    public required string Culture { get; init; }

    public string? Subject { get; set; }

    public required SiteModel Site { get; init; }

    public required RecipientModel Recipient { get; init; }

    public NoticeModel? Notice { get; init; }

    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyList<NoticeModel> Entries { get; init; } = [];

    /// <summary><c>daily</c> or <c>weekly</c> in a digest.</summary>
    public string? Frequency { get; init; }

    public string? UnsubscribeUrl { get; init; }

    public required string SettingsUrl { get; init; }
}
