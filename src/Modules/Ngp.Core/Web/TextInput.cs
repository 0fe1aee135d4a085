using System.Buffers;

namespace Ngp.Core.Web;

/// <summary>
/// What typed text may hold: no control characters but tabs and line breaks. PostgreSQL refuses U+0000 in text (a row
/// or a query holding one fails), and none of them has a place in anything a person writes.
/// </summary>
public static class TextInput
{
    public const string ControlCharacterMessage = "contient un caractère de contrôle invisible (comme U+0000) : retirez-le.";

    private static readonly SearchValues<char> _controls =
        SearchValues.Create(Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c).ToArray());

    public static bool HasControlCharacters(string? text) => text is not null && text.AsSpan().ContainsAny(_controls);

    /// <summary>The text without those characters, for search boxes and filters, where nothing typed is an error.</summary>
    public static string? WithoutControlCharacters(string? text) =>
        HasControlCharacters(text) ? string.Concat(text!.Where(c => !_controls.Contains(c))) : text;
}
