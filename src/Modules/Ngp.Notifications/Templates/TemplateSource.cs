using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Templates;

/// <summary>Subject, HTML and text of one template.</summary>
public sealed record TemplateSource(string Subject, string Html, string Text);
