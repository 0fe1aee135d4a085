namespace Ngp.Maintenance.Handlers;

/// <summary>A message as the filer or the agency reads it: the agency signs « L'agence » to the resident.</summary>
public sealed record MessageView(long Id, bool FromStaff, string Author, string Body, DateTimeOffset CreatedUtc);
