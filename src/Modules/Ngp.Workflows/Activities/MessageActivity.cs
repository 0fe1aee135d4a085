using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Notifications;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>
/// Tells people through <see cref="INotifier"/> (which queues in the instance's transaction; SMTP is never touched here):
/// each account as it chose (now, in a digest or never), a bare address at once.
/// <c>Failed</c> when the notifier is missing or throws, or when nobody is reached.
/// </summary>
public abstract class MessageActivity(string type, string label, AudienceCatalog audiences) : IActivity
{
    public string Type => type;

    public string Label => label;

    public bool SendsMessages => true;

    public IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("subject", "Titre / objet (Liquid)", PropertyKind.Liquid, Required: true, Hint: "Exemple : Nouvelle actualité : {{ Content.DisplayText }}"),
        new("body", "Texte (Liquid)", PropertyKind.LiquidMultiline),
        new("url", "Lien (Liquid, relatif à l'agence)", PropertyKind.Liquid, Hint: "Exemple : {{ Content.Url }}"),
        new("to", "Adresses e-mail (Liquid, séparées par des virgules)", PropertyKind.Liquid),
        new("roles", "Rôles (séparés par des virgules)", PropertyKind.Text, Hint: "Administrator, Editor, Moderator, Agent, Resident, Partner"),
        new("userIds", "Identifiants d'utilisateurs (Liquid)", PropertyKind.Liquid),
        new("groups", "Groupes (séparés par des virgules)", PropertyKind.Text, Hint: string.Join(" ; ", audiences.All.Select(a => $"{a.Kind} : {a.Label}"))),
        new("groupKey", "Contenu des groupes (Liquid ; vide : celui du workflow)", PropertyKind.Liquid),
    ];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done, Activities.Outcomes.Failed];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var notifier = context.Services.GetService<INotifier>();
        if (notifier is null)
            return ActivityResult.Fail("Notifications non disponibles.");
        var groupKey = (await context.RenderAsync("groupKey")).Trim();
        if (groupKey.Length == 0)
            groupKey = context.Instance.CorrelationId ?? "";
        var groups = List(context.Activity.Property("groups"));
        if (groups.Count > 0 && groupKey.Length == 0)
            return ActivityResult.Fail("Les groupes demandent un contenu (corrélation) : aucun n'est connu.");
        var audience = new Audience
        {
            Emails = List(await context.RenderAsync("to")),
            Roles = List(context.Activity.Property("roles")),
            UserIds = List(await context.RenderAsync("userIds")),
            Groups = groups.Select(kind => new AudienceGroup(kind, groupKey)).ToList(),
        };
        if (audience.Emails.Count + audience.Roles.Count + audience.UserIds.Count + audience.Groups.Count == 0)
            return ActivityResult.Fail("Aucun destinataire.");
        var notice = new Notice
        {
            Event = "Workflow",
            Title = (await context.RenderAsync("subject")).Trim(),
            Text = NullIfEmpty(await context.RenderAsync("body")),
            Url = NullIfEmpty((await context.RenderAsync("url")).Trim()),
            ContentItemId = context.Instance.CorrelationId,
            IdempotencyKey = $"workflow:{context.Instance.Id}:{context.Activity.Id}:{context.Execution}",
        };
        int reached;
        try
        {
            reached = await notifier.NotifyAsync(notice, audience, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ActivityResult.Fail($"Envoi impossible : {e.Message}");
        }
        context.SetOutput(JsonValue.Create(reached));
        return reached > 0 ? ActivityResult.Outcome(Activities.Outcomes.Done) : ActivityResult.Fail("Aucun destinataire.");
    }

    private static List<string> List(string text) =>
        text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
