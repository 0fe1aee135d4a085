namespace Ngp.Meetings.Handlers;

public sealed record HeardObjection(string? Objection, string? Proposal);
