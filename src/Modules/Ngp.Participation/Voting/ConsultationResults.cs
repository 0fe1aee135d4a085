using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ngp.Core;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Voting;

public sealed record ConsultationResults(string ContentItemId, string Title, bool Closed, int Voters, IReadOnlyList<QuestionResult> Questions);
