namespace Ngp.Participation.Editors;

/// <summary>An option of a question as typed; <see cref="Id"/> is kept as it was, since votes refer to it.</summary>
public sealed class OptionForm
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";
}
