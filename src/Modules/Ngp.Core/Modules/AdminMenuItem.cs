namespace Ngp.Core.Modules;

/// <summary>An entry of the admin menu; <see cref="Permission"/> hides it from who cannot use it.</summary>
public sealed record AdminMenuItem(string Title, string Path, Permission? Permission, int Order = 100, bool HeadOfficeOnly = false);
