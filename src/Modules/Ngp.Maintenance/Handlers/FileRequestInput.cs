namespace Ngp.Maintenance.Handlers;

/// <summary>The body of <c>POST api/v1/maintenance/requests</c> and of the « Nouvelle demande » form.</summary>
public sealed record FileRequestInput(string? Category, string? Description, string? Location, string? Area, string? Urgency);
