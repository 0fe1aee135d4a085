using Microsoft.AspNetCore.Mvc.ModelBinding;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Voting;

/// <summary>What the vote forms show: the questions, the viewer's current answers, whether they may vote now and why not.</summary>
public sealed record VoteFormsView(ParticipationItem Item, Consultation Consultation, IReadOnlyDictionary<string, string[]> Mine, string? Refusal, bool SignedIn, bool ResultsVisible, ModelStateDictionary ModelState);
