namespace Ngp.Contents.Admin;

/// <summary>An item a content picker offers or holds, shown by its title, type and state rather than its id.</summary>
public sealed record PickerChoice(string Id, string Title, string Type, string Status);
