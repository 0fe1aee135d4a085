using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Ngp.Core;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Users.Leases;

namespace Ngp.Users.Security;

/// <summary>What a bearer request checks of its user: the columns that revoke a token, and the user's lease.</summary>
public sealed record BearerUserState(string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd, UserLease? Lease);
