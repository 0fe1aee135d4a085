using Ngp.Maintenance.Data;

namespace Ngp.Maintenance.Handlers;

public sealed record TimelineStep(RequestEventKind Kind, string Label, string? Note, DateTimeOffset AtUtc);
