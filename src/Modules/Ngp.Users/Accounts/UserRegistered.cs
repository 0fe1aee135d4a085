using Ngp.Core.Outbox;

namespace Ngp.Users.Accounts;

public sealed record UserRegistered(string UserId, string Email, IReadOnlyList<string> Roles) : IDomainEvent;
