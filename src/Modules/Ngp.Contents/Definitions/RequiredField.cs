namespace Ngp.Contents.Definitions;

/// <summary>
/// A field a module reads by name on a content type (the meetings read a Meeting's <c>Start</c>): while a type of that
/// name exists, the field keeps its name and type, whether the admin or a recipe changes the type.
/// </summary>
/// <param name="Module">Who depends on it, in French, for the refusal (« les réunions »).</param>
public sealed record RequiredField(string ContentType, string Field, string FieldType, string Module);
