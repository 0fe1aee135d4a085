using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Results;

namespace Ngp.Notifications.Api;

public static class NotificationsApi
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Notifications");

        api.MapGet("notifications", async (ClaimsPrincipal principal, InAppNotifications notifications, CancellationToken ct) =>
        {
            var (items, unread) = await notifications.ListAsync(UserId(principal), 100, ct);
            return Results.Ok(new
            {
                unread,
                items = items.Select(n => new { id = n.Id, @event = n.Event, title = n.Title, text = n.Text, url = n.Url, createdUtc = n.CreatedUtc, read = n.Read }),
            });
        }).RequireAuthorization().WithSummary("Mes notifications, les non lues d'abord (100 au plus).");

        api.MapPost("notifications/{id:long}/read", async (long id, ClaimsPrincipal principal, InAppNotifications notifications, CancellationToken ct) =>
        {
            var result = await notifications.MarkReadAsync(UserId(principal), id, ct);
            return result.IsOk ? Results.NoContent() : ApiResults.Problem(result);
        }).RequireAuthorization().WithSummary("Marque une de mes notifications comme lue.");

        api.MapGet("me/notification-settings", async (ClaimsPrincipal principal, NotificationPreferences preferences, CancellationToken ct) =>
        {
            var settings = await preferences.GetAsync(UserId(principal), ct);
            return Results.Ok(new { frequency = settings.Frequency, unsubscribed = settings.Unsubscribed });
        }).RequireAuthorization().WithSummary("Quand je reçois les e-mails de ce que je suis : immediate, daily (par défaut), weekly ou none.");

        api.MapPut("me/notification-settings", async (NotificationSettingsRequest request, ClaimsPrincipal principal, HttpContext http, NotificationPreferences preferences, CancellationToken ct) =>
        {
            var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
            var result = await preferences.SetAsync(UserId(principal), request.Frequency, culture, ct);
            return ApiResults.From(result, s => Results.Ok(new { frequency = s.Frequency, unsubscribed = s.Unsubscribed }));
        }).RequireAuthorization().WithSummary("Change la fréquence de mes e-mails (immediate, daily, weekly, none).");
    }

    internal static string UserId(ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in principal has a user id.");
}
