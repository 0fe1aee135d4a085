namespace Ngp.Contents.Parts;

/// <summary>A yes/no setting a part takes per content type (<c>open</c> for comments…), with its French label for the admin's type page.</summary>
public sealed record PartSetting(string Name, string Label, bool Default);
