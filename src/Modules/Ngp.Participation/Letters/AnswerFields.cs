using Microsoft.AspNetCore.Http;
using Ngp.Participation.Parts;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Letters;

/// <summary>
/// The fields of a form answering every question of a consultation at once (a letter's page, the desk's form):
/// <c>q-{question}</c> for choices, <c>r-{question}-{option}</c> for a ranking's ranks.
/// </summary>
public sealed record AnswerFields(Consultation Consultation, IReadOnlyDictionary<string, string[]> Chosen)
{
    public static List<VoteRequest> Read(IFormCollection form, Consultation consultation)
    {
        var answers = new List<VoteRequest>();
        foreach (var question in consultation.Questions)
        {
            if (question.Kind == QuestionKinds.Ranking)
            {
                var ranks = question.Options.Select(o => (o.Id, Rank: int.TryParse(form[$"r-{question.Id}-{o.Id}"], out var r) ? r : 0)).ToList();
                // Two options with one rank give no order: the check of a ranking then asks for every option, once.
                var ordered = ranks.Select(r => r.Rank).Distinct().Count() == ranks.Count ? ranks.OrderBy(r => r.Rank).Select(r => r.Id).ToList() : [];
                answers.Add(new VoteRequest(question.Id, ordered));
            }
            else if (form[$"q-{question.Id}"] is { Count: > 0 } chosen)
            {
                answers.Add(new VoteRequest(question.Id, chosen.OfType<string>().ToList()));
            }
        }
        return answers;
    }

    public static AnswerFields Of(Consultation consultation, IEnumerable<VoteRequest> answers) =>
        new(consultation, answers.Where(a => a.QuestionId is not null).ToDictionary(a => a.QuestionId!, a => (a.OptionIds ?? []).ToArray()));
}
