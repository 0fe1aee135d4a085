using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Definitions;
using Ngp.Core.Data;
using Ngp.Core.Web;

namespace Ngp.Contents.Items;

/// <summary>Where a slug leads: the item, or the item's current slug when an old one was asked for.</summary>
public sealed record SlugMatch(ContentItemVersion? Item, string? RedirectToSlug);
