using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Api;
using Ngp.Core.Accounts;
using Ngp.Core.Web;
using Ngp.Meetings.Data;
using Ngp.Meetings.Handlers;

namespace Ngp.Meetings.Pages.Admin;

/// <summary>One meeting for its organiser: its letters to households, who registered, who waits, and the closing form (attendance and synthesis).</summary>
[Authorize(Policy = "permission:OrganiseMeetings")]
public sealed class ManageMeetingModel(MeetingReader reader, MeetingCatalog catalog, CloseMeeting close, ContentActorFactory actors, IUserDirectory users, TimeProvider clock) : PageModel
{
    public const int Rows = 3;

    public MeetingSummary? Meeting { get; private set; }

    public IReadOnlyList<MeetingRegistration> Registrations { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Emails { get; private set; } = new Dictionary<string, string>();

    public bool CanClose { get; private set; }

    /// <summary>The buildings of the lease list, to choose whose households get a letter; empty once the meeting is over.</summary>
    public IReadOnlyList<string> LetterBuildings { get; private set; } = [];

    [BindProperty]
    public CloseForm Close { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var request = new CloseMeetingRequest
        {
            Attendees = Close.Attendees,
            AnonymousAttendees = Close.AnonymousAttendees ?? 0,
            Summary = Close.Summary,
            Said = Close.Said,
            Decisions = Close.Decisions,
            Objections = Close.Objections.Select(o => new HeardObjection(o.Objection, o.Proposal)).ToList(),
            NextSteps = Close.NextSteps.Select(s => new NextStep(s.Action, s.Owner, s.DueDate)).ToList(),
            Documents = Close.Documents,
            Publish = Close.Publish,
        };
        var result = await close.HandleAsync(id, request, await actors.CurrentAsync(), ct);
        if (!result.IsOk)
        {
            ModelState.AddResult(result, nameof(Close));
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        Message = result.Value.SynthesisStatus switch
        {
            Contents.Items.ContentStatus.Published => "Réunion close : la synthèse est publiée et part aux participants.",
            Contents.Items.ContentStatus.AwaitingApproval => "Réunion close : la synthèse attend la validation d'un administrateur.",
            _ => "Réunion close : la synthèse est enregistrée en brouillon ; publiez-la depuis les contenus.",
        };
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        await catalog.EnsureEntryAsync(id, ct);
        Meeting = await reader.FindAsync(id, ct);
        if (Meeting is null)
            return false;
        Registrations = await reader.RegistrationsAsync(id, ct);
        Emails = await users.EmailsAsync(Registrations.Select(r => r.UserId), ct);
        CanClose = !Meeting.Closed && clock.GetUtcNow() >= Meeting.StartUtc;
        LetterBuildings = Meeting.EndUtc > clock.GetUtcNow() ? await users.BuildingsAsync(ct) : [];
        while (Close.Objections.Count < Rows)
            Close.Objections.Add(new ObjectionRow());
        while (Close.NextSteps.Count < Rows)
            Close.NextSteps.Add(new NextStepRow());
        return true;
    }

    public sealed class CloseForm
    {
        public List<string> Attendees { get; set; } = [];
        public int? AnonymousAttendees { get; set; }
        public string? Summary { get; set; }
        public string? Said { get; set; }
        public string? Decisions { get; set; }
        public List<ObjectionRow> Objections { get; set; } = [];
        public List<NextStepRow> NextSteps { get; set; } = [];
        public string? Documents { get; set; }
        public bool Publish { get; set; } = true;
    }

    public sealed class ObjectionRow
    {
        public string? Objection { get; set; }
        public string? Proposal { get; set; }
    }

    public sealed class NextStepRow
    {
        public string? Action { get; set; }
        public string? Owner { get; set; }
        public string? DueDate { get; set; }
    }
}
