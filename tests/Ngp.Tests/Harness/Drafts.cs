using System.Net.Http.Json;
using System.Text.Json;

namespace Ngp.Tests.Harness;

/// <summary>The drafts an editor sees through the API, to check that a refused item was not saved.</summary>
public static class Drafts
{
    public static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient editor, string type)
    {
        var drafts = await editor.GetFromJsonAsync<JsonElement>($"api/v1/content?type={type}&status=Draft&pageSize=100");
        return drafts.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }
}
