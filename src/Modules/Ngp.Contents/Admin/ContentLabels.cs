using System.Globalization;
using Ngp.Contents.Fields;
using Ngp.Contents.Items;

namespace Ngp.Contents.Admin;

/// <summary>French words and Paris dates of the content admin.</summary>
public static class ContentLabels
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

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

    public static DateTime ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, DateTimes.Paris).DateTime;

    /// <summary>« 12 mars 2026 à 18:00 », Paris time.</summary>
    public static string Date(DateTimeOffset instant) => ToParis(instant).ToString("d MMMM yyyy 'à' HH:mm", French);

    /// <summary>The value of a <c>datetime-local</c> input, Paris time.</summary>
    public static string LocalInput(DateTimeOffset instant) => ToParis(instant).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>How an author id reads in a list: their e-mail, or why there is none.</summary>
    public static string Author(string authorId, IReadOnlyDictionary<string, string> emails) =>
        authorId == ContentActor.System.UserId ? "Le site (recette)" : emails.TryGetValue(authorId, out var email) ? email : "Compte supprimé";
}
