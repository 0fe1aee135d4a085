namespace Ngp.Notifications.Sending;

/// <summary>Wakes this process's sender as soon as e-mails are committed, instead of at its next poll.</summary>
public sealed class EmailSignal : Ngp.Core.WakeSignal;
