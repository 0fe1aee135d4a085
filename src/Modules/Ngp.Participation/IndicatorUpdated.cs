using Ngp.Core.Outbox;

namespace Ngp.Participation;

public sealed record IndicatorUpdated(string ContentItemId, string Indicator, double? Value) : IDomainEvent;
