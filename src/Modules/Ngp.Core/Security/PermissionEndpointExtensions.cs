using Microsoft.AspNetCore.Builder;
using Ngp.Core.Modules;

namespace Ngp.Core.Security;

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(permission.PolicyName);
}
