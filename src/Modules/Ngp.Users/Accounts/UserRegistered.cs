using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Settings;
using Ngp.Users.Leases;

namespace Ngp.Users.Accounts;

public sealed record UserRegistered(string UserId, string Email, IReadOnlyList<string> Roles) : IDomainEvent;
