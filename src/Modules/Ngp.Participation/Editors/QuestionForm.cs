namespace Ngp.Participation.Editors;

/// <summary>A question of a consultation as typed; <see cref="Id"/> is kept as it was, since votes refer to it.</summary>
public sealed class QuestionForm
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Max { get; set; } = "";

    public List<OptionForm> Options { get; } = [];
}
