using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Ngp.Tests.Harness;

/// <summary>What a refusal of the JSON API must be: problem details whose title a French reader reads.</summary>
public static class Problems
{
    private static readonly HashSet<string> _englishDefaults = new(
        Enumerable.Range(400, 200).Select(ReasonPhrases.GetReasonPhrase).Where(p => p.Length > 0)
            .Concat(["One or more validation errors occurred.", "An error occurred while processing your request.", "Payload Too Large", "Content Too Large"]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Present, and none of ASP.NET's English defaults.</summary>
    public static bool IsFrench(string? title) => !string.IsNullOrWhiteSpace(title) && !_englishDefaults.Contains(title.Trim());

    /// <summary>The problem details of a refusal with <paramref name="status"/>, after checking its media type and French title.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(IsFrench(problem.GetProperty("title").GetString()), problem.GetProperty("title").GetString());
        return problem;
    }
}
