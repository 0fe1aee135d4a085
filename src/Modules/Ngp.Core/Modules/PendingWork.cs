namespace Ngp.Core.Modules;

/// <summary>
/// A tile of the admin home page: how many, what (French, agreeing with the count: « 3 contenus à valider »), and the
/// admin page where it is handled (relative to the tenant: <c>admin/moderation</c>).
/// </summary>
public sealed record PendingWork(int Count, string Label, string Url);
