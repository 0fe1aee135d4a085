using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Core.Results;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;

namespace Ngp.Notifications;

public sealed record NotificationSettingsView(string Frequency, bool Unsubscribed);
