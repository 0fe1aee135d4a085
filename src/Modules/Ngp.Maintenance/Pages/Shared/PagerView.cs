namespace Ngp.Maintenance.Pages.Shared;

/// <summary>The previous and next links of a list; <see cref="Prefix"/> ends where the page number goes.</summary>
public sealed record PagerView(int Page, int Pages, string Prefix);
