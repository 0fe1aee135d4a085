using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>
/// Gives each tenant its own cookie name (the path already follows the tenant's prefix), so a session of one
/// agency is never even sent to another's handler.
/// </summary>
public sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, Name(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, Name(context, key), options);

    private static string Name(HttpContext context, string key)
    {
        var tenant = context.RequestServices.GetService(typeof(ITenantContext)) as ITenantContext;
        return tenant is { HasTenant: true } ? $"{key}.{tenant.Tenant.Name}" : key;
    }
}
