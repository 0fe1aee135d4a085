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

public sealed class MeetingsHomeSection : IHomeSection
{
    public int Order => 30;

    public string PartialName => "Meetings-Home";
}
