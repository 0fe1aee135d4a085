using System.Text;
using System.Text.Json.Nodes;

namespace Ngp.Tests.Harness;

/// <summary>Values and bodies that a careless or hostile client sends: each must get a clear refusal, never a server error.</summary>
public static class HostileInputs
{
    public static readonly string Huge = new('a', 100_000);

    private static readonly Lazy<byte[]> _tenMegabytes = new(() =>
    {
        var text = new StringBuilder(10 * 1024 * 1024 + 32).Append("{\"title\":\"").Append('a', 10 * 1024 * 1024).Append("\"}");
        return Encoding.UTF8.GetBytes(text.ToString());
    });

    /// <summary>Query-string values, already URL-encoded; <c>%FF</c> decodes to bytes that are not UTF-8.</summary>
    public static readonly IReadOnlyList<(string Name, string Encoded)> QueryValues =
    [
        ("vide", ""),
        ("100 Ko", Huge),
        ("négatif", "-1"),
        ("très grand", "99999999999999999999"),
        ("Int32 max", "2147483647"),
        ("1e308", "1e308"),
        ("date 0001-01-01", "0001-01-01"),
        ("date 9999-12-31", "9999-12-31"),
        ("UTF-8 invalide", "%FF%FE"),
        ("octet nul", "%00"),
        ("balise script", Uri.EscapeDataString("<script>alert(1)</script>")),
        ("texte pour un nombre", "texte"),
    ];

    /// <summary>The few query values sent by callers who only probe the doors (anonymous, resident).</summary>
    public static readonly IReadOnlyList<(string Name, string Encoded)> LightQueryValues =
        [.. QueryValues.Where(v => v.Name is "vide" or "100 Ko" or "UTF-8 invalide")];

    /// <summary>JSON values put in place of one field of an otherwise sensible body.</summary>
    public static readonly IReadOnlyList<(string Name, Func<JsonNode?> Value)> JsonValues =
    [
        ("vide", () => ""),
        ("100 Ko", () => Huge),
        ("négatif", () => -1),
        ("hors Int32", () => JsonNode.Parse("-2147483649")),
        ("très grand", () => JsonNode.Parse("99999999999999999999")),
        ("1e308", () => JsonNode.Parse("1e308")),
        ("date 0001-01-01", () => "0001-01-01"),
        ("date 9999-12-31", () => "9999-12-31T23:59:59Z"),
        ("booléen", () => true),
        ("tableau", () => new JsonArray(JsonNode.Parse("1e308"), "x")),
        ("objet", () => new JsonObject { ["a"] = new JsonObject() }),
        ("null", () => null),
        ("1e400 en texte", () => "1e400"),
        ("NaN en texte", () => "NaN"),
        ("lien javascript", () => "javascript:alert(1)"),
        ("balise script", () => "<script>alert(1)</script>"),
    ];

    public static readonly IReadOnlyList<(string Name, Func<JsonNode?> Value)> LightJsonValues =
        [.. JsonValues.Where(v => v.Name is "vide" or "100 Ko" or "objet")];

    /// <summary>The body larger than any route accepts: it must be refused with 413 before it is read.</summary>
    public const string TooLargeBody = "10 Mo";

    /// <summary>Raw strings that JSON cannot carry as text: a lone surrogate, a nul character.</summary>
    public static readonly IReadOnlyList<(string Name, string RawJson)> RawJsonValues =
    [
        ("surrogate seul", "\"\\ud800\""),
        ("caractère nul", "\"a\\u0000b\""),
    ];

    /// <summary>Whole bodies of a POST or PUT: broken, of the wrong shape, too deep, not UTF-8, too big.</summary>
    public static IReadOnlyList<(string Name, Func<HttpContent?> Body)> Bodies { get; } =
    [
        ("sans corps", () => null),
        ("corps JSON vide", () => Json("")),
        ("JSON tronqué", () => Json("{\"title\":")),
        ("null", () => Json("null")),
        ("tableau", () => Json("[1,2,3]")),
        ("chaîne", () => Json("\"texte\"")),
        ("nombre", () => Json("1e308")),
        ("objets imbriqués ×1000", () => Json(string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000))),
        ("tableaux imbriqués ×1000", () => Json(new string('[', 1000) + new string(']', 1000))),
        ("UTF-8 invalide", () => Bytes([.. "{\"title\":\""u8, 0xC3, 0x28, 0xFF, 0xFE, .. "\"}"u8], "application/json")),
        (TooLargeBody, () => Bytes(_tenMegabytes.Value, "application/json")),
        ("text/plain", () => new StringContent("{\"title\":\"x\"}", Encoding.UTF8, "text/plain")),
        ("XML", () => new StringContent("<a>x</a>", Encoding.UTF8, "application/xml")),
    ];

    public static IReadOnlyList<(string Name, Func<HttpContent?> Body)> LightBodies { get; } =
        [.. Bodies.Where(b => b.Name is "JSON tronqué" or "objets imbriqués ×1000" or "UTF-8 invalide" or TooLargeBody)];

    /// <summary>
    /// Path segments, already URL-encoded, put in place of an id. No <c>%00</c>: the test host's client refuses such a
    /// path before sending it, and Kestrel answers 400 itself before the site sees it.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Encoded)> PathValues =
    [
        ("zéro", "0"),
        ("négatif", "-1"),
        ("très grand", "99999999999999999999"),
        ("long", new string('a', 5_000)),
        ("UTF-8 invalide", "%FF%FE"),
        ("remontée de dossier", "..%2F..%2Fappsettings.json"),
        ("injection SQL", Uri.EscapeDataString("1' OR '1'='1")),
        ("balise script", Uri.EscapeDataString("<script>")),
    ];

    public static HttpContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return content;
    }
}
