using Microsoft.AspNetCore.Authorization;

namespace Ngp.Users.Security;

public sealed class PermissionHandler(UserPermissions permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.HasAsync(context.User, requirement.Permission))
            context.Succeed(requirement);
    }
}
