using System.Globalization;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ngp.Core.OpenData;

namespace Ngp.OpenData.Writing;

/// <summary>
/// Writes a dataset as a JSON array of objects keyed by the column names (<c>[{"titre":"…","adresse":"…"}]</c>):
/// numbers as numbers, « &lt; 5 » as text, instants in ISO 8601 UTC. Rows go to the pipe as they come, flushed
/// every <see cref="OpenDataCsv.FlushBytes"/>.
/// </summary>
public static class OpenDataJson
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static async Task<long> WriteAsync(PipeWriter output, IReadOnlyList<OpenDataColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var names = columns.Select(c => JsonEncodedText.Encode(c.Name, Options.Encoder)).ToArray();
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartArray();
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length && i < row.Length; i++)
            {
                json.WritePropertyName(names[i]);
                WriteValue(json, row[i]);
            }
            json.WriteEndObject();
            count++;
            if (json.BytesPending >= OpenDataCsv.FlushBytes)
            {
                json.Flush();
                await output.FlushAsync(ct);
            }
        }
        json.WriteEndArray();
        json.Flush();
        await output.FlushAsync(ct);
        return count;
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or decimal or float:
                json.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                json.WriteStringValue(OpenDataFormat.Iso(instant));
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
