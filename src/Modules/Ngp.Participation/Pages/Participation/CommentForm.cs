using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Participation.Comments;
using Ngp.Participation.Data;

namespace Ngp.Participation.Pages.Participation;

public sealed class CommentForm
{
    public string? Item { get; set; }

    public long? Parent { get; set; }

    public string? Body { get; set; }

    public string? Stance { get; set; } = "neutral";

    public string? Proposal { get; set; }
}
