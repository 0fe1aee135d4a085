using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Settings;
using Ngp.Users.Leases;

namespace Ngp.Users.Accounts;

public sealed record NewUser(string? Email, string? Password, IReadOnlyList<string> Roles, string? LeaseReference, string? DisplayName);
