using System.Net;
using System.Text;
using System.Text.Json;

namespace Ngp.Tests.Harness;

/// <summary>Downloads of the open data (<c>/donnees</c>) read as a spreadsheet and a script would read them.</summary>
public static class OpenDataHarness
{
    public sealed record Csv(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
    {
        public IEnumerable<IReadOnlyDictionary<string, string>> Records =>
            Rows.Select(r => (IReadOnlyDictionary<string, string>)Header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i < r.Count ? r[x.i] : ""));
    }

    /// <summary>GETs a CSV download and parses it: UTF-8 with its byte-order mark, « ; » between values, quotes doubled.</summary>
    public static async Task<Csv> CsvAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{path} has no UTF-8 byte-order mark");
        var lines = Parse(new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3));
        Assert.NotEmpty(lines);
        return new Csv(lines[0], lines.Skip(1).ToList());
    }

    /// <summary>GETs a JSON download: an array of objects.</summary>
    public static async Task<IReadOnlyList<JsonElement>> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        return json.EnumerateArray().ToList();
    }

    /// <summary>RFC 4180 with « ; »: quoted values may hold « ; », quotes (doubled) and line breaks.</summary>
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    cell.Append(c);
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ';':
                    row.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows;
    }
}
