namespace Ngp.Contents.Admin;

/// <summary>A link's text and its path relative to the agency (<c>admin/contenus/42/affiche</c>).</summary>
public sealed record ContentAdminLink(string Text, string Path);
