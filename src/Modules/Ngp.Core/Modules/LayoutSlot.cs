namespace Ngp.Core.Modules;

/// <summary>Places of the public layout where modules add their own pieces.</summary>
public enum LayoutSlot
{
    /// <summary>Main navigation: the partial renders one or more <c>&lt;li&gt;</c>.</summary>
    Navigation,

    /// <summary>Tools in the header beside the navigation (search box, notifications bell).</summary>
    HeaderTools,

    /// <summary>Links in the footer: the partial renders one or more <c>&lt;li&gt;</c>.</summary>
    Footer,
}
