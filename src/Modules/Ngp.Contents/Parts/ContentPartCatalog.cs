using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Admin;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Contents.Indexing;
using Ngp.Core.Web;

namespace Ngp.Contents.Parts;

public sealed class ContentPartCatalog(IEnumerable<IContentPart> parts)
{
    public IReadOnlyList<IContentPart> All { get; } = parts.ToList();

    public IContentPart? Find(string? name) => All.FirstOrDefault(p => p.Name == name);
}
