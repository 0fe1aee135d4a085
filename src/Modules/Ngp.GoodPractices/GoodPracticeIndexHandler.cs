using System.Text.Json.Nodes;
using Ngp.Contents.Indexing;

namespace Ngp.GoodPractices;

/// <summary>A practice's themes are the search page's theme filter; its « shared » mark offers it to every agency's search.</summary>
public sealed class GoodPracticeIndexHandler : IContentIndexHandler
{
    public void Index(ContentIndexContext context)
    {
        if (context.View.Type.Name != GoodPracticesModule.TypeName)
            return;
        foreach (var theme in context.Field(GoodPracticesModule.ThemesField)?.Values ?? [])
            context.AddTheme(theme);
        context.SharedWithEveryAgency = context.Field(GoodPracticesModule.SharedField)?.Value is JsonValue shared && shared.TryGetValue<bool>(out var yes) && yes;
    }
}
