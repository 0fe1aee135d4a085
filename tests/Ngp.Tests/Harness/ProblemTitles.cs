using Microsoft.AspNetCore.WebUtilities;

namespace Ngp.Tests.Harness;

/// <summary>What a refusal's title must be for a French reader: present, and none of ASP.NET's English defaults.</summary>
public static class ProblemTitles
{
    private static readonly HashSet<string> _englishDefaults = new(
        Enumerable.Range(400, 200).Select(ReasonPhrases.GetReasonPhrase).Where(p => p.Length > 0)
            .Concat(["One or more validation errors occurred.", "An error occurred while processing your request.", "Payload Too Large", "Content Too Large"]),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsFrench(string? title) => !string.IsNullOrWhiteSpace(title) && !_englishDefaults.Contains(title.Trim());
}
