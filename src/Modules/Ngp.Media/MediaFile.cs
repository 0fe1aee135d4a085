namespace Ngp.Media;

/// <summary>A stored file ready to be served.</summary>
public sealed record MediaFile(string PhysicalPath, string ContentType, long Length, DateTimeOffset LastModified);
