using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Ngp.OpenData;

/// <summary>
/// The validators of a download, so that harvesters fetch only what changed: a strong <c>ETag</c> made from what the
/// bytes depend on, and <c>Last-Modified</c>; a conditional request that matches is answered 304 without reading a row.
/// </summary>
public static class OpenDataCaching
{
    /// <summary>Downloads may be kept, but checked again each time (a 304 costs no row).</summary>
    public const string CacheControl = "public, no-cache";

    public static string ETag(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts)));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    /// <summary>Last-Modified has one-second precision: the instant is cut to the second it is written with.</summary>
    public static DateTimeOffset? ToSecond(DateTimeOffset? instant) =>
        instant is { } i ? new DateTimeOffset(i.UtcTicks - i.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero) : null;

    /// <summary>Sets the validators on the response and tells whether the request's conditions say the client already has it.</summary>
    public static bool Answer(HttpContext http, string etag, DateTimeOffset? modifiedUtc)
    {
        var headers = http.Response.Headers;
        var lastModified = ToSecond(modifiedUtc);
        headers.ETag = etag;
        if (lastModified is { } modified)
            headers.LastModified = modified.ToString("r", CultureInfo.InvariantCulture);
        headers.CacheControl = CacheControl;
        // Open data is for any site to reuse, scripts included; nothing here depends on who asks.
        headers.AccessControlAllowOrigin = "*";
        var request = http.Request.GetTypedHeaders();
        // RFC 9110 § 13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
        if (request.IfNoneMatch is { Count: > 0 } tags)
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag, StringComparison.Ordinal));
        return request.IfModifiedSince is { } since && lastModified is { } last && last <= since;
    }
}
