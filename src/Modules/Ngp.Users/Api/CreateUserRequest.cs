using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Users.Accounts;
using Ngp.Users.Leases;
using Ngp.Users.Security;

namespace Ngp.Users.Api;

public sealed record CreateUserRequest(string? Email, string? Password, IReadOnlyList<string>? Roles, string? LeaseReference);
