namespace Ngp.Contents.Items;

/// <summary>Who acts on content, with what rights (resolved from permissions by the page or endpoint).</summary>
public sealed record ContentActor(string UserId, bool CanPublish, bool CanApprove)
{
    /// <summary>The scheduled publisher and recipes act as the system.</summary>
    public static readonly ContentActor System = new("system", CanPublish: true, CanApprove: true);
}
