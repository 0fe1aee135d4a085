using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ngp.Core.Web;

/// <summary>Reads the JSON strings of request bodies, refusing those <see cref="TextInput"/> excludes before any handler sees them.</summary>
public sealed class TextJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException();
        var text = reader.GetString();
        return TextInput.HasControlCharacters(text) ? throw new ControlCharacterException() : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
