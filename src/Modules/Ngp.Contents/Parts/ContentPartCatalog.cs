namespace Ngp.Contents.Parts;

public sealed class ContentPartCatalog(IEnumerable<IContentPart> parts)
{
    public IReadOnlyList<IContentPart> All { get; } = parts.ToList();

    public IContentPart? Find(string? name) => All.FirstOrDefault(p => p.Name == name);
}
