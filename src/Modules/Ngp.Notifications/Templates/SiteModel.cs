using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Templates;

public sealed class SiteModel
{
    public required string Name { get; init; }

    public required string PrimaryColor { get; init; }

    public required string Url { get; init; }
}
