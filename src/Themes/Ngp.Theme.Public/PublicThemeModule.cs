using Microsoft.AspNetCore.Routing;
using Ngp.Core.Modules;

namespace Ngp.Theme.Public;

/// <summary>The public theme: the site's layout, home page, navigation, language switch and styles.</summary>
public sealed class PublicThemeModule : INgpModule
{
    public void MapEndpoints(IEndpointRouteBuilder tenant)
    {
        tenant.MapLanguageSwitch();
        tenant.MapAccentStylesheet();
    }
}
