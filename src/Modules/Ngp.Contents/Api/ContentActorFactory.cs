using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;
using Ngp.Contents.ShortLinks;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Web;

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
