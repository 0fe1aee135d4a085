using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Sending;

/// <summary>
/// A tenant's SMTP settings, the password protected with Data Protection under a purpose naming the tenant.
/// An agency that sets none uses the head office's (read in a scope of the head office); with none at all, the
/// pickup folder.
/// </summary>
public sealed class SmtpSettingsStore(NgpDbContext db, ITenantContext tenantContext, IDataProtectionProvider protection, IServiceProvider services)
{
    private IDataProtector Protector => protection.CreateProtector("Ngp.Notifications.Smtp", tenantContext.Tenant.Name);

    public Task<SmtpSettingsRecord?> GetOwnAsync(CancellationToken ct) =>
        db.Set<SmtpSettingsRecord>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == SmtpSettingsRecord.SingleId, ct);

    public async Task<Result> SaveAsync(SmtpSettingsInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var host = input.Host?.Trim();
        if (!string.IsNullOrEmpty(host) && (host.Length > 255 || host.Any(char.IsWhiteSpace)))
            errors["Host"] = ["Indiquez un nom de serveur sans espace (smtp.exemple.fr)."];
        if (input.Port is < 1 or > 65535)
            errors["Port"] = ["Le port est un nombre entre 1 et 65535 (587 en général)."];
        var sender = input.SenderAddress?.Trim();
        if (!string.IsNullOrEmpty(sender) && !MimeKit.MailboxAddress.TryParse(sender, out _))
            errors["SenderAddress"] = ["Indiquez une adresse d'expéditeur valide."];
        if (!string.IsNullOrEmpty(host) && string.IsNullOrEmpty(sender))
            errors["SenderAddress"] = ["Indiquez l'adresse d'expéditeur des e-mails."];
        if (errors.Count > 0)
            return Result.Invalid("Les réglages SMTP n'ont pas été enregistrés.", errors);

        var record = await db.Set<SmtpSettingsRecord>().SingleOrDefaultAsync(s => s.Id == SmtpSettingsRecord.SingleId, ct);
        if (record is null)
            record = db.Set<SmtpSettingsRecord>().Add(new SmtpSettingsRecord()).Entity;
        record.Host = string.IsNullOrEmpty(host) ? null : host;
        record.Port = input.Port;
        record.TlsMode = input.TlsMode;
        record.UserName = string.IsNullOrWhiteSpace(input.UserName) ? null : input.UserName.Trim();
        if (input.ClearPassword)
            record.ProtectedPassword = null;
        else if (!string.IsNullOrEmpty(input.Password))
            record.ProtectedPassword = Protector.Protect(input.Password);
        record.SenderName = string.IsNullOrWhiteSpace(input.SenderName) ? null : input.SenderName.Trim();
        record.SenderAddress = string.IsNullOrEmpty(sender) ? null : sender;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>The tenant's own server, else the head office's, else null (pickup folder).</summary>
    public async Task<SmtpEndpoint?> EffectiveAsync(CancellationToken ct)
    {
        var own = await OwnEndpointAsync(ct);
        if (own is not null || tenantContext.Tenant.IsHeadOffice)
            return own;
        var headOffice = services.GetService<IRunningTenants>()?.Running.FirstOrDefault(t => t.IsHeadOffice);
        if (headOffice is null)
            return null;
        await using var scope = services.GetRequiredService<ITenantScopeFactory>().CreateScope(headOffice);
        var inherited = await scope.ServiceProvider.GetRequiredService<SmtpSettingsStore>().OwnEndpointAsync(ct);
        return inherited is null ? null : inherited with { Origin = "siege" };
    }

    private async Task<SmtpEndpoint?> OwnEndpointAsync(CancellationToken ct)
    {
        var record = await GetOwnAsync(ct);
        if (record?.Host is null || record.SenderAddress is null)
            return null;
        string? password = null;
        if (record.ProtectedPassword is not null)
        {
            try
            {
                password = Protector.Unprotect(record.ProtectedPassword);
            }
            catch (CryptographicException)
            {
                // Keys lost (a new server without the key ring): sending fails at login, which the outbox shows.
            }
        }
        return new SmtpEndpoint(record.Host, record.Port, record.TlsMode, record.UserName, password,
            record.SenderName ?? tenantContext.Tenant.DisplayName, record.SenderAddress, tenantContext.Tenant.Name);
    }
}
