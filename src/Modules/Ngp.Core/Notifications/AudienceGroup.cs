namespace Ngp.Core.Notifications;

/// <summary>A group of recipients named by kind and key, resolved by the module that owns it through <see cref="IAudienceSource"/>.</summary>
public sealed record AudienceGroup(string Kind, string Key);
