using System.Text.Json;

namespace Ngp.Core.Outbox;

/// <summary>One committed event as a consumer sees it.</summary>
public sealed record OutboxEvent(long Id, string Type, string Payload, DateTimeOffset CreatedUtc)
{
    public T Read<T>() => JsonSerializer.Deserialize<T>(Payload, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"Outbox event {Id} ({Type}) has an empty payload.");

    /// <summary>The payload as a JSON document, for consumers that do not know the event's CLR type (workflows).</summary>
    public JsonElement ReadElement() => JsonDocument.Parse(Payload).RootElement.Clone();

    /// <summary>
    /// The content item (or other subject) the event concerns, by the convention every event follows: a
    /// <c>contentItemId</c> property in the payload.
    /// </summary>
    public string? ContentItemId =>
        ReadElement() is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("contentItemId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
