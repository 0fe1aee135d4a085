using Ngp.Core.Modules;

namespace Ngp.Theme.Admin;

/// <summary>The admin theme: its layout, and the menu every module fills through <see cref="INgpModule.AdminMenu"/>.</summary>
public sealed class AdminThemeModule : INgpModule;
