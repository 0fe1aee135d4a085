using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Comments.Data;
using Ngp.Recipes;

namespace Ngp.Comments;

/// <summary>
/// The <c>comments</c> recipe step: demo comments (with objections and their proposals, replies by key, supports)
/// written by accounts named by e-mail. A comment already there (same item, author and text) is not added twice.
/// </summary>
public sealed class CommentsStep(NgpDbContext db, TimeProvider clock) : IRecipeStep
{
    public string Name => "comments";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!step.TryGetProperty("comments", out var comments) || comments.ValueKind != JsonValueKind.Array)
        {
            yield return "« comments » doit être une liste de commentaires.";
            yield break;
        }
        foreach (var c in comments.EnumerateArray())
        {
            var stance = Str(c, "stance") ?? "neutral";
            if (!CommentRules.Stances.Contains(stance))
                yield return $"Position inconnue « {stance} ».";
            if (string.IsNullOrWhiteSpace(Str(c, "item")) || string.IsNullOrWhiteSpace(Str(c, "author")) || string.IsNullOrWhiteSpace(Str(c, "body")))
                yield return "Chaque commentaire a un contenu (« item »), un auteur (« author », e-mail) et un texte (« body »).";
            if (!ObjectionRule.IsKept(stance == "against", Str(c, "proposal")))
                yield return ObjectionRule.Message;
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var keys = new Dictionary<string, Comment>(StringComparer.Ordinal);
        var minutes = 0;
        foreach (var c in step.GetProperty("comments").EnumerateArray())
        {
            var email = Str(c, "author")!.ToUpperInvariant();
            var author = await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleOrDefaultAsync(ct)
                ?? throw new RecipeException($"le compte « {Str(c, "author")} » n'existe pas.");
            var item = Str(c, "item")!;
            var body = Str(c, "body")!;
            var existing = await db.Set<Comment>().FirstOrDefaultAsync(x => x.ContentItemId == item && x.AuthorId == author && x.Body == body, ct);
            Comment? parent = Str(c, "parent") is { } parentKey && keys.TryGetValue(parentKey, out var p) ? p : null;
            var comment = existing ?? new Comment
            {
                ContentItemId = item,
                ParentId = parent?.Id,
                Depth = parent is null ? 0 : Math.Min(parent.Depth + 1, CommentRules.MaxDepth),
                AuthorId = author,
                Stance = Str(c, "stance") ?? "neutral",
                Body = body,
                Proposal = Str(c, "proposal"),
                CreatedUtc = clock.GetUtcNow().AddMinutes(-600 + minutes),
            };
            minutes += 7;
            if (existing is null)
            {
                db.Add(comment);
                await db.SaveChangesAsync(ct);
                if (c.TryGetProperty("supportedBy", out var supporters) && supporters.ValueKind == JsonValueKind.Array)
                {
                    foreach (var supporter in supporters.EnumerateArray().Select(s => s.GetString()?.ToUpperInvariant()))
                    {
                        var id = await db.Users.Where(u => u.NormalizedEmail == supporter).Select(u => u.Id).SingleOrDefaultAsync(ct);
                        if (id is not null && id != author)
                            db.Add(new ProposalSupport { CommentId = comment.Id, UserId = id, CreatedUtc = comment.CreatedUtc });
                    }
                    await db.SaveChangesAsync(ct);
                }
            }
            if (Str(c, "key") is { } key)
                keys[key] = comment;
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
