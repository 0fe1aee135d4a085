using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Data;

namespace Ngp.Contents.Pages.Admin;

/// <summary>The latest version of every item, filtered and paged; a fixed number of queries whatever the page size.</summary>
[Authorize(Policy = "permission:EditContent")]
public sealed class ContentListModel(ContentQuery query, ContentDefinitionStore definitions, NgpDbContext db, Ngp.Core.Accounts.IUserDirectory users) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public IReadOnlyList<ContentItemVersion> Items { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>E-mail of each author id met in the list and in the author filter.</summary>
    public IReadOnlyDictionary<string, string> Emails { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Authors { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "statut")]
    public ContentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "auteur")]
    public string? Author { get; set; }

    [BindProperty(SupportsGet = true, Name = "ambition")]
    public int? Ambition { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public string TypeName(string name) => Types.FirstOrDefault(t => t.Name == name)?.DisplayName ?? name;

    /// <summary>The address of another page of the same list, filters kept.</summary>
    public string PageUrl(int page)
    {
        var values = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
                values.Add($"{key}={Uri.EscapeDataString(text)}");
        }
        Add("type", Type);
        Add("statut", Status);
        Add("auteur", Author);
        Add("ambition", Ambition);
        Add("q", Text);
        Add("p", page);
        return "?" + string.Join("&", values);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = await definitions.ListAsync(ct);
        if (Type is not null && Types.All(t => t.Name != Type))
            Type = null;
        PageNumber = Math.Max(1, PageNumber);
        var page = await query.ListAsync(new ContentFilter
        {
            Type = Type,
            Status = Status,
            AllLatest = true,
            AuthorId = string.IsNullOrEmpty(Author) ? null : Author,
            Ambition = Ambition,
            Text = Text,
            Page = PageNumber,
            PageSize = PageSize,
        }, ct);
        Items = page.Items;
        Total = page.Total;
        var versions = db.Set<ContentItemVersion>().AsNoTracking();
        Authors = await versions.Where(v => v.Latest).Select(v => v.AuthorId).Distinct().ToListAsync(ct);
        var ids = Authors.Union(Items.Select(i => i.AuthorId)).ToList();
        // One query for the e-mails of every author shown, not one per row.
        Emails = await users.EmailsAsync(ids, ct);
    }
}
