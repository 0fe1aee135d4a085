using Microsoft.EntityFrameworkCore;
using Ngp.Core.Results;
using Ngp.Comments.Data;

namespace Ngp.Comments.Threads;

/// <summary>The checks a comment's text passes when it is written and when it is edited.</summary>
internal static class CommentInput
{
    /// <summary>Without stances on the type, every comment is neutral and carries no proposal: the objection rule does not apply.</summary>
    public static Result.Failure? Check(CommentRequest request, CommentPolicy policy, out string body, out string stance, out string? proposal)
    {
        body = (request.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        stance = policy.Stances ? (request.Stance ?? "neutral").Trim().ToLowerInvariant() : "neutral";
        proposal = !policy.Stances || string.IsNullOrWhiteSpace(request.Proposal) ? null : request.Proposal.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var errors = new Dictionary<string, string[]>();
        if (!CommentRules.Stances.Contains(stance))
            errors["stance"] = ["Choisissez votre position : pour, neutre ou contre."];
        if (body.Length == 0)
            errors["body"] = ["Écrivez votre commentaire."];
        else if (body.Length > CommentRules.MaxBody)
            errors["body"] = [$"Le commentaire ne doit pas dépasser {CommentRules.MaxBody} caractères."];
        if (!ObjectionRule.IsKept(stance == "against", proposal))
            errors["proposal"] = [ObjectionRule.Message];
        else if (proposal is { Length: > CommentRules.MaxProposal })
            errors["proposal"] = [$"La proposition ne doit pas dépasser {CommentRules.MaxProposal} caractères."];
        if (errors.Count == 0)
            return null;
        var title = errors.ContainsKey("proposal") && errors.Count == 1 ? ObjectionRule.Message : "Le commentaire n'a pas pu être enregistré : corrigez les champs signalés.";
        return Result.Invalid(title, errors);
    }
}
