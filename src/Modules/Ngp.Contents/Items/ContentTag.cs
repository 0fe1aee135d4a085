namespace Ngp.Contents.Items;

public sealed class ContentTag
{
    public long Id { get; set; }

    public long VersionId { get; set; }

    public required string Tag { get; set; }
}
