namespace Ngp.Participation.Editors;

/// <summary>The consultation editor's form: its kind, voting window, who votes, when results show, its questions.</summary>
public sealed class ConsultationForm
{
    public string Kind { get; set; } = "";

    public string Opens { get; set; } = "";

    public string Closes { get; set; } = "";

    public string Results { get; set; } = "";

    public string Eligibility { get; set; } = "";

    /// <summary>The buildings whose residents vote, separated by commas.</summary>
    public string Buildings { get; set; } = "";

    public List<QuestionForm> Questions { get; } = [];
}
