namespace Ngp.Core.Notifications;

/// <summary>A kind of audience group as the module that resolves it names it for people (« Abonnés du contenu »).</summary>
public sealed record AudienceDescriptor(string Kind, string Label);
