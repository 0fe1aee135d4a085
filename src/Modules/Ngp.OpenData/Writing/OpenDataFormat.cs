using System.Globalization;

namespace Ngp.OpenData.Writing;

/// <summary>How both formats write an instant: ISO 8601 in UTC, to the second (<c>2026-10-14T16:00:00Z</c>).</summary>
public static class OpenDataFormat
{
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
