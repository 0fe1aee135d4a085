using Ngp.Core.Outbox;

namespace Ngp.Core.Accounts;

/// <summary>
/// Hands <see cref="UserDeleted"/> to one contributor, under its own cursor (<c>{name}-erasure</c>): a module whose
/// erasure fails is retried alone and never holds back the others'.
/// </summary>
public sealed class PersonalDataErasure<TContributor>(TContributor contributor) : IOutboxConsumer
    where TContributor : IPersonalDataContributor
{
    public string Name => contributor.Name + "-erasure";

    public bool Accepts(string eventType) => eventType == nameof(UserDeleted);

    public Task HandleAsync(OutboxEvent outboxEvent, CancellationToken ct) => contributor.EraseAsync(outboxEvent.Read<UserDeleted>(), ct);
}
