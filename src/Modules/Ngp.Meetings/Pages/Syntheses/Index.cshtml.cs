using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Items;

namespace Ngp.Meetings.Pages.Syntheses;

/// <summary>Every published synthesis of the agency, newest first, searchable by title.</summary>
public sealed class IndexModel(ContentQuery contents) : PageModel
{
    public const int PageSize = 20;

    public ContentPage Results { get; private set; } = new([], 0);

    public Dictionary<string, string?> Urls { get; } = [];

    public string? Query { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public async Task OnGetAsync(string? q, int? page, CancellationToken ct)
    {
        Query = q?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 100)] : null;
        PageNumber = Math.Clamp(page ?? 1, 1, 1000);
        Results = await contents.ListAsync(new ContentFilter { Type = MeetingInfo.SynthesisType, Text = Query, Page = PageNumber, PageSize = PageSize }, ct);
        foreach (var item in Results.Items)
            Urls[item.ContentItemId] = await contents.RelativeUrlAsync(item, ct);
    }
}
