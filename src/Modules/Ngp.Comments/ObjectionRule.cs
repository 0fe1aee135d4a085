namespace Ngp.Comments;

/// <summary>
/// The landlord's rule that every objection carries a proposal, wherever an objection is written: a comment against a
/// project, an objection heard in a meeting and kept in its synthesis, a recipe's demo comments. One rule, one message.
/// </summary>
public static class ObjectionRule
{
    public const string Message = "Une objection doit être accompagnée d'une proposition : ce que l'on propose à la place.";

    /// <summary>True when the text is not an objection, or when the objection comes with a proposal.</summary>
    public static bool IsKept(bool isObjection, string? proposal) => !isObjection || !string.IsNullOrWhiteSpace(proposal);
}
