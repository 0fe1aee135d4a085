namespace Ngp.Core.OpenData;

/// <summary>The type of a column's values, as the catalogue and the page describe it.</summary>
public enum OpenDataType
{
    Text,

    /// <summary>A whole number; a count that could single someone out is the text <see cref="OpenDataCounts.Hidden"/>.</summary>
    Integer,

    Decimal,

    Boolean,

    /// <summary>An instant, written in ISO 8601 UTC (<c>2026-10-14T16:00:00Z</c>).</summary>
    DateTime,

    /// <summary>An absolute address (<c>https://…</c>).</summary>
    Url,
}
