namespace Ngp.Core.Accounts;

/// <summary>
/// The name others read for an account (comment authors, the moderation queue, the public API): the display name the
/// person chose, else a name that says who they are without revealing anything of their e-mail address.
/// </summary>
public static class PublicName
{
    public const int MaxLength = 60;

    public const int MinLength = 2;

    public const string Deleted = "Compte supprimé";

    /// <summary>
    /// The chosen name when it is a valid one (a name stored before the rules, that looks like an address, is not
    /// shown); else « Habitant·e, {agency} » for a resident and « Membre, {agency} » for anyone else.
    /// </summary>
    public static string Of(string? displayName, string? agency, bool isResident)
    {
        if (!string.IsNullOrWhiteSpace(displayName) && Refusal(displayName, email: null) is null)
            return Normalize(displayName);
        var who = isResident ? "Habitant·e" : "Membre";
        return string.IsNullOrWhiteSpace(agency) ? who : $"{who}, {agency}";
    }

    /// <summary>Spaces trimmed and runs of spaces made one.</summary>
    public static string Normalize(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// Why a name cannot be chosen, in French, or null when it can: 2 to 60 characters on one line, nothing that looks
    /// like an e-mail address (no « @ »), and not the part of the person's own address before « @ ».
    /// </summary>
    public static string? Refusal(string? value, string? email)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "Indiquez le nom à afficher.";
        var name = Normalize(value);
        if (name.Length < MinLength)
            return $"Le nom affiché doit compter au moins {MinLength} caractères.";
        if (name.Length > MaxLength)
            return $"Le nom affiché ne doit pas dépasser {MaxLength} caractères.";
        if (name.Any(char.IsControl))
            return "Le nom affiché tient sur une ligne, sans caractère de contrôle.";
        if (name.Contains('@') || name.Contains('＠'))
            return "Le nom affiché ne peut pas être une adresse e-mail ni en contenir une : choisissez un nom, par exemple « Marie D. ».";
        var local = email?.Split('@')[0];
        if (!string.IsNullOrEmpty(local) && string.Equals(name, local, StringComparison.OrdinalIgnoreCase))
            return "Le nom affiché ne peut pas reprendre votre adresse e-mail : choisissez un nom, par exemple « Marie D. ».";
        return null;
    }
}
