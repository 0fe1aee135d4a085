using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Templates;

public sealed class NoticeModel
{
    public required string Event { get; init; }

    public required string Title { get; init; }

    public string? Text { get; init; }

    public string? Url { get; init; }
}
