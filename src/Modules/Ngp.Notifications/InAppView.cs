using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Core.Results;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;

namespace Ngp.Notifications;

public sealed record InAppView(long Id, string Event, string Title, string? Text, string? Url, DateTimeOffset CreatedUtc, bool Read);
