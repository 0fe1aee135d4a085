namespace Ngp.Meetings.Handlers;

public sealed record NextStep(string? Action, string? Owner, string? DueDate);
