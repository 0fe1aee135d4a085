namespace Ngp.Contents.Editors;

/// <summary>French messages by input name, the keys the editor's inputs show their errors under.</summary>
public sealed class PartErrors(IDictionary<string, string[]> errors)
{
    public void Add(string input, string message) =>
        errors[input] = errors.TryGetValue(input, out var known) ? [.. known, message] : [message];
}
