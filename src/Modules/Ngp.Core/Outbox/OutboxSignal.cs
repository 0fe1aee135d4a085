namespace Ngp.Core.Outbox;

/// <summary>Wakes this process's dispatcher as soon as a change with events commits, instead of at the next poll.</summary>
public sealed class OutboxSignal : Ngp.Core.WakeSignal;
