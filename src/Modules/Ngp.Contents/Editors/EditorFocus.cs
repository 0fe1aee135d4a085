namespace Ngp.Contents.Editors;

/// <summary>
/// Where the keyboard goes back after a button changed the form: the first input whose name starts with
/// <see cref="InputPrefix"/>, or the button whose value is <see cref="Button"/>, so a keyboard user goes on where they were.
/// </summary>
public sealed record EditorFocus(string? InputPrefix, string? Button);
