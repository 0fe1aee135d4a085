namespace Ngp.Workflows.Activities;

public enum PropertyKind
{
    /// <summary>Plain text, used as written.</summary>
    Text,

    /// <summary>A Liquid template rendered when the activity runs.</summary>
    Liquid,

    /// <summary>A Liquid template over several lines (an e-mail body).</summary>
    LiquidMultiline,

    /// <summary>A Liquid condition (<c>Content.ContentType == "News"</c>).</summary>
    Condition,
}
