using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;

namespace Ngp.Comments;

/// <summary>
/// What a content type allows of comments, read from its <see cref="CommentablePart"/> settings: every page, endpoint
/// and use case asks this, never the part's name. A type without the part accepts no comments at all.
/// </summary>
public sealed record CommentPolicy(bool Open, bool Stances, bool PreModeration, bool Reportable)
{
    public const string NotCommentable = "Ce contenu n'existe pas ou n'accepte pas de commentaires.";

    public const string ClosedMessage = "Les commentaires sont fermés sur ce contenu : vous pouvez lire ceux déjà publiés, plus en ajouter.";

    public const string NotReportable = "Les commentaires de ce contenu ne peuvent pas être signalés.";

    private static readonly string[] Settings = ["open", "stances", "preModeration"];

    /// <summary>The policy of the type, null when its items take no comments.</summary>
    public static CommentPolicy? For(ContentTypeDefinition type)
    {
        var part = type.Parts.FirstOrDefault(p => p.Name == CommentablePart.PartName);
        if (part is null)
            return null;
        var settings = part.Settings;
        return new CommentPolicy(
            Open: Flag(settings, "open", true),
            Stances: Flag(settings, "stances", true),
            PreModeration: Flag(settings, "preModeration", false),
            Reportable: type.HasPart(ReportablePart.PartName));
    }

    public static CommentPolicy? For(PublishedItem item) => For(item.Type);

    /// <summary>French problems with the part's settings in a recipe or the admin.</summary>
    public static IEnumerable<string> Check(JsonObject? settings)
    {
        foreach (var (name, value) in settings ?? [])
        {
            if (!Settings.Contains(name))
                yield return $"Réglage inconnu « {name} » de la partie Commentaires : réglages possibles {string.Join(", ", Settings)}.";
            else if (value is not JsonValue v || !v.TryGetValue<bool>(out _))
                yield return $"Le réglage « {name} » de la partie Commentaires vaut true ou false.";
        }
    }

    private static bool Flag(JsonObject? settings, string name, bool otherwise) =>
        settings?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : otherwise;
}
