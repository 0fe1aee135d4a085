using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Items;

/// <summary>
/// A module's own check of submitted content that needs to read something (the parts' and fields' checks are
/// synchronous and see only the value). Runs after them, on the cleaned document, before anything is saved; French
/// problems go under the key of the part or field (<c>fields.PlanActions</c>) so that the editor shows them beside it.
/// </summary>
public interface IContentCheck
{
    Task CheckAsync(ContentTypeDefinition type, string id, JsonObject data, IDictionary<string, string[]> errors, CancellationToken ct);
}
