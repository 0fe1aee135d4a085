using Ngp.Core.Outbox;

namespace Ngp.Projects;

public sealed record IndicatorUpdated(string ContentItemId, string Indicator, double? Value) : IDomainEvent;
