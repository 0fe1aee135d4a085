using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;
using Ngp.Core.Accounts;
using Ngp.Core.Modules;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Meetings.Api;
using Ngp.Meetings.Data;
using Ngp.Meetings.Handlers;
using Ngp.Meetings.Privacy;

namespace Ngp.Meetings;

/// <summary>Marks the Meeting type: its page shows the date, place, agenda and the registration form.</summary>
public sealed class MeetingPart : IContentPart
{
    public string Name => "Meeting";

    public string DisplayName => "Réunion (inscriptions)";

    /// <summary>Dates, place and capacity are the type's fields; the part itself only marks the type.</summary>
    public bool HasData => false;

    public IReadOnlyCollection<string> DisplayedFields => ["Kind", "Start", "End", "Place", "OnlineLink", "Capacity", "Agenda"];

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) => [];
}
