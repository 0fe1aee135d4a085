using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Ngp.Contents.Items;

namespace Ngp.Contents.Api;

/// <summary>The signed-in person as a <see cref="ContentActor"/>, with the rights their roles grant here.</summary>
public sealed class ContentActorFactory(IHttpContextAccessor http, IAuthorizationService authorization)
{
    public async Task<ContentActor> CurrentAsync()
    {
        var user = http.HttpContext?.User ?? new ClaimsPrincipal();
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var canPublish = (await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent.PolicyName)).Succeeded;
        var canApprove = (await authorization.AuthorizeAsync(user, ContentPermissions.ApproveContent.PolicyName)).Succeeded;
        return new ContentActor(id, canPublish, canApprove);
    }
}
