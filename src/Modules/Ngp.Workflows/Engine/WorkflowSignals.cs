using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Ngp.Core.Tenancy;

namespace Ngp.Workflows.Engine;

/// <summary>
/// Signed signal URLs: the token names a workflow type and a correlation, protected by Data Protection with a purpose
/// per tenant, so a link of one agency never starts a workflow of another and cannot be forged.
/// </summary>
public sealed class WorkflowSignals(IDataProtectionProvider protection, ITenantContext tenant)
{
    private IDataProtector Protector => protection.CreateProtector("Ngp.Workflows.Signal", tenant.Tenant.Name);

    public string CreateToken(string workflowTypeId, string? correlationId) => Protector.Protect(workflowTypeId + "\n" + correlationId);

    /// <summary>Path of the signal relative to the tenant (<c>workflows/signal/…</c>).</summary>
    public string RelativeUrl(string workflowTypeId, string? correlationId) => "workflows/signal/" + CreateToken(workflowTypeId, correlationId);

    public bool TryRead(string token, out string workflowTypeId, out string? correlationId)
    {
        workflowTypeId = "";
        correlationId = null;
        try
        {
            var parts = Protector.Unprotect(token).Split('\n', 2);
            workflowTypeId = parts[0];
            correlationId = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
