using System.Text.Json.Nodes;

namespace Ngp.Tests.Harness;

/// <summary>
/// Turns an agency's OpenAPI document into hostile requests: every documented route with real ids and a sensible
/// body, then each path parameter, query parameter and body field replaced in turn by a hostile value, then hostile
/// whole bodies. A thorough caller gets every value; a light one (who mostly meets the authorization layer) a few.
/// </summary>
public sealed class RouteFuzzer(JsonObject document, IReadOnlyDictionary<string, string> realIds, IReadOnlyDictionary<string, JsonObject> sampleBodies)
{
    private const string RawMarker = "@@raw-json@@";
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>Routes documented to take more than the 10 Mo body (the lease list, up to 20 Mo).</summary>
    private static readonly HashSet<string> LargeBodyRoutes = ["/api/v1/leases"];

    public IEnumerable<FuzzRequest> Requests(bool thorough)
    {
        foreach (var (route, node) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (node?[method] is JsonObject operation)
                {
                    foreach (var request in Requests(new HttpMethod(method.ToUpperInvariant()), route, operation, thorough))
                        yield return request;
                }
            }
        }
    }

    private IEnumerable<FuzzRequest> Requests(HttpMethod method, string route, JsonObject operation, bool thorough)
    {
        var parameters = (operation["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var pathNames = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
        var queryNames = parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList();
        var sample = sampleBodies.GetValueOrDefault($"{method} {route}")
                     ?? (Resolve(operation["requestBody"]?["content"]?["application/json"]?["schema"]) is { } schema ? Baseline(schema, 0) as JsonObject : null);
        var hasBody = method != HttpMethod.Get && method != HttpMethod.Delete;
        Func<HttpContent?> sensible = () => sample is null ? null : HostileInputs.Json(sample.ToJsonString());

        yield return new(method, route, Url(route, null, null), "valeurs réelles", hasBody ? sensible : () => null);

        foreach (var name in pathNames)
        {
            foreach (var (label, value) in thorough ? HostileInputs.PathValues : HostileInputs.PathValues.Take(4))
                yield return new(method, route, Url(route, name, value), $"{{{name}}} {label}", hasBody ? sensible : () => null);
        }

        foreach (var name in queryNames)
        {
            foreach (var (label, value) in thorough ? HostileInputs.QueryValues : HostileInputs.LightQueryValues)
                yield return new(method, route, $"{Url(route, null, null)}?{name}={value}", $"?{name} {label}", () => null);
        }

        if (!hasBody)
            yield break;

        if (sample is not null)
        {
            foreach (var leaf in Leaves(sample, []))
            {
                var where = string.Join('.', leaf);
                foreach (var (label, value) in thorough ? HostileInputs.JsonValues : HostileInputs.LightJsonValues)
                {
                    var body = With(sample, leaf, value()).ToJsonString();
                    yield return new(method, route, Url(route, null, null), $"{where} {label}", () => HostileInputs.Json(body));
                }
                if (!thorough)
                    continue;
                foreach (var (label, raw) in HostileInputs.RawJsonValues)
                {
                    var body = With(sample, leaf, RawMarker).ToJsonString().Replace($"\"{RawMarker}\"", raw, StringComparison.Ordinal);
                    yield return new(method, route, Url(route, null, null), $"{where} {label}", () => HostileInputs.Json(body));
                }
            }
        }

        foreach (var (label, body) in thorough ? HostileInputs.Bodies : HostileInputs.LightBodies)
            yield return new(method, route, Url(route, null, null), "corps " + label, body, label == HostileInputs.TooLargeBody && !LargeBodyRoutes.Contains(route) ? 413 : null);
    }

    /// <summary>The route with real ids, except <paramref name="hostileName"/> which gets <paramref name="hostileValue"/>.</summary>
    private string Url(string route, string? hostileName, string? hostileValue)
    {
        var segments = route.TrimStart('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
                continue;
            var name = segments[i].Trim('{', '}', '*');
            var owner = i > 0 ? segments[i - 1] : "";
            segments[i] = name == hostileName ? hostileValue! : realIds.GetValueOrDefault(owner) ?? realIds.GetValueOrDefault(name) ?? "inconnu";
        }
        return string.Join('/', segments);
    }

    /// <summary>Where a hostile value can go: every property, and those of nested objects and of an array's first object.</summary>
    private static IEnumerable<IReadOnlyList<string>> Leaves(JsonNode node, IReadOnlyList<string> at)
    {
        if (at.Count >= 7)
            yield break;
        if (node is JsonObject o)
        {
            foreach (var (name, child) in o)
            {
                IReadOnlyList<string> here = [.. at, name];
                yield return here;
                if (child is not null)
                {
                    foreach (var deeper in Leaves(child, here))
                        yield return deeper;
                }
            }
        }
        else if (node is JsonArray { Count: > 0 } a && a[0] is JsonObject first)
        {
            foreach (var deeper in Leaves(first, [.. at, "0"]))
                yield return deeper;
        }
    }

    private static JsonNode With(JsonObject sample, IReadOnlyList<string> leaf, JsonNode? value)
    {
        var copy = sample.DeepClone();
        var parent = copy;
        foreach (var key in leaf.SkipLast(1))
            parent = parent is JsonArray array ? array[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)]! : parent[key]!;
        if (parent is JsonArray list)
            list[int.Parse(leaf[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        else
            parent[leaf[^1]] = value;
        return copy;
    }

    private JsonObject? Resolve(JsonNode? schema)
    {
        for (var i = 0; i < 10 && schema?["$ref"] is JsonValue reference; i++)
            schema = document["components"]?["schemas"]?[((string)reference!).Split('/')[^1]];
        return schema as JsonObject;
    }

    /// <summary>A plain value of the schema's type, so that one hostile field at a time reaches the endpoint's own checks.</summary>
    private JsonNode? Baseline(JsonObject schema, int depth)
    {
        var type = schema["type"] switch
        {
            JsonValue v => (string?)v,
            JsonArray types => types.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
            _ => schema["properties"] is not null ? "object" : null,
        };
        return type switch
        {
            "string" => (string?)schema["format"] == "date-time" ? "2027-03-01T10:00:00Z" : "texte",
            "integer" or "number" => 1,
            "boolean" => true,
            "array" when depth < 3 && Resolve(schema["items"]) is { } items => new JsonArray(Baseline(items, depth + 1)),
            "array" => new JsonArray(),
            "object" when depth < 3 => new JsonObject((schema["properties"] as JsonObject ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value) is { } s ? Baseline(s, depth + 1) : null))),
            _ => new JsonObject(),
        };
    }
}
