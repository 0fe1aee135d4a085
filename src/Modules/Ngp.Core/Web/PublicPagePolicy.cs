using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;

namespace Ngp.Core.Web;

/// <summary>Caches only anonymous GETs answered 200 without a cookie; varies by tenant (path and host), query and language.</summary>
public sealed class PublicPagePolicy(TimeSpan lifetime) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>();
        var cacheable = tenant.HasTenant
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && string.IsNullOrEmpty(http.Request.Headers.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        if (tenant.HasTenant)
            context.Tags.Add(PublicPageCacheNames.TagFor(tenant.Tenant.Name));
        context.Tags.Add(PublicPageCacheNames.AllTag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // A response that sets a cookie (antiforgery, session) belongs to one visitor: never shared.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>();
        if (context.AllowCacheStorage && tenant.HasTenant)
        {
            foreach (var item in PublicPageCacheNames.ItemsShown(context.HttpContext))
                context.Tags.Add(PublicPageCacheNames.TagFor(tenant.Tenant.Name, item));
        }
        return ValueTask.CompletedTask;
    }
}
