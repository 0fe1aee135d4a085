namespace Ngp.Contents.Items;

/// <summary>Which version of an item is published, and when it last changed, without its data.</summary>
public sealed record PublishedVersionStamp(long VersionId, string ContentType, DateTimeOffset ModifiedUtc);
