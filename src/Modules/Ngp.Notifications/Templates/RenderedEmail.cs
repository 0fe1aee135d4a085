using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Templates;

public sealed record RenderedEmail(string Subject, string Html, string Text);
