namespace Ngp.Contents.Fields;

public sealed class ContentFieldCatalog(IEnumerable<IContentFieldType> types)
{
    public IReadOnlyList<IContentFieldType> All { get; } = types.ToList();

    public IContentFieldType? Find(string? type) => All.FirstOrDefault(t => t.Type == type);
}
