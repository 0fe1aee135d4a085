using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Results;

namespace Ngp.Notifications.Api;

public sealed record NotificationSettingsRequest(string? Frequency);
