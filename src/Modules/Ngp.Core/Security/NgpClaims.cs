namespace Ngp.Core.Security;

/// <summary>Claims NGP puts in every principal it signs in.</summary>
public static class NgpClaims
{
    /// <summary>The tenant the principal belongs to; a principal is only honoured in that tenant.</summary>
    public const string Tenant = "ngp:tenant";
}
