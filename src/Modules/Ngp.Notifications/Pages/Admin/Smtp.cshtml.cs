using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Data;
using Ngp.Core.Settings;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Notifications.Templates;

namespace Ngp.Notifications.Pages.Admin;

public sealed class SmtpForm
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool ClearPassword { get; set; }

    public string? SenderName { get; set; }

    public string? SenderAddress { get; set; }
}
