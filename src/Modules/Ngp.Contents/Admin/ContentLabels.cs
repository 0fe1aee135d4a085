using System.Globalization;
using Ngp.Core.Web;
using Ngp.Contents.Items;

namespace Ngp.Contents.Admin;

/// <summary>French words of the content admin.</summary>
public static class ContentLabels
{
    public static string Status(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "Brouillon",
        ContentStatus.Scheduled => "Programmé",
        ContentStatus.AwaitingApproval => "En attente de validation",
        ContentStatus.Published => "Publié",
        ContentStatus.Unpublished => "Dépublié",
        ContentStatus.Archived => "Archivé",
        _ => status.ToString(),
    };

    /// <summary>The value of a <c>datetime-local</c> input, Paris time.</summary>
    public static string LocalInput(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>How an author id reads in a list: their e-mail, or why there is none.</summary>
    public static string Author(string authorId, IReadOnlyDictionary<string, string> emails) =>
        authorId == ContentActor.System.UserId ? "Le site (recette)" : emails.TryGetValue(authorId, out var email) ? email : "Compte supprimé";
}
