namespace Ngp.Core.Notifications;

/// <summary>A recipient: an account (its e-mail and preferences are looked up) or a bare e-mail address.</summary>
public sealed record AudienceMember(string? UserId, string? Email = null, string? DisplayName = null);
