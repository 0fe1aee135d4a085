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

/// <summary>A question's counts; of its answers, <paramref name="ByLetter"/> came through a letter's code, <paramref name="AtDesk"/> were recorded by staff.</summary>
public sealed record QuestionResult(string Id, string Text, string Kind, int Voters, IReadOnlyList<OptionResult> Options, int ByLetter = 0, int AtDesk = 0);
