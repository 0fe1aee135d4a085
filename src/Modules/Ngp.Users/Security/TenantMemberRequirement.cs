using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>The default "signed in" requirement also demands that the principal belongs to the current tenant.</summary>
public sealed class TenantMemberRequirement : IAuthorizationRequirement;
