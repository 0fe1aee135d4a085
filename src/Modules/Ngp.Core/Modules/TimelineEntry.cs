namespace Ngp.Core.Modules;

/// <summary>
/// One dated line of a timeline. <paramref name="Label"/> is already in the interface language (« Réunion publique »,
/// « Synthèse »); <paramref name="Url"/> is relative to the tenant (<c>reunions/comite-de-mars</c>).
/// </summary>
public sealed record TimelineEntry(DateTimeOffset DateUtc, string Label, string Title, string? Url);
