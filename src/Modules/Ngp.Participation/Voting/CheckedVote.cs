using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Follows;

namespace Ngp.Participation.Voting;

/// <summary>A vote that <see cref="CastVote"/> has checked (open consultation, eligible voter, valid choices), ready to be written.</summary>
public sealed record CheckedVote(
    string ContentItemId, string QuestionId, string VoterKey, string UserId, string OptionIds, string LeaseReference, string Building, DateTimeOffset CastUtc);
