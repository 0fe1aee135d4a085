using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ngp.BrowserTests.Infrastructure;

/// <summary>axe-core on the page as rendered, limited to WCAG 2.1 A and AA (the RGAA baseline).</summary>
public static class AxeChecks
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task AssertNoWcagViolationsAsync(IPage page)
    {
        // Contrast and layout rules judge the page as styled: a stylesheet that failed to load would hide faults.
        var unloaded = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('link[rel=stylesheet]')].filter(l => !l.sheet).map(l => l.href)");
        Assert.True(unloaded.Length == 0, $"Stylesheets not loaded on {page.Url}: {string.Join(", ", unloaded)}");

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
        });
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    /// <summary>Everything a developer needs to fix each violation: rule, help, link and the elements at fault.</summary>
    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"{violations.Length} WCAG 2.1 A/AA violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append($"    element {node.Target}: {node.Html}");
                AppendChecks(text, "fix any of", node.Any);
                AppendChecks(text, "fix all of", node.All);
                AppendChecks(text, "fix all of", node.None);
            }
        }
        return text.ToString();
    }

    private static void AppendChecks(StringBuilder text, string heading, AxeResultCheck[]? checks)
    {
        if (checks is { Length: > 0 })
            text.AppendLine().Append($"      {heading}: ").AppendJoin("; ", checks.Select(c => c.Message));
    }
}
