namespace Ngp.Contents.Admin;

/// <summary>The buttons of a content picker, as <see cref="Editors.EditorCommand"/> operations on the field's input name.</summary>
public static class PickerOperations
{
    public const string Search = "search";
    public const string Pick = "pick";
    public const string Unpick = "unpick";
}
