using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Api;
using Ngp.Contents.Definitions;
using Ngp.Contents.Editors;
using Ngp.Contents.Items;
using Ngp.Contents.Parts;
using Ngp.Contents.Rendering;
using Ngp.Core.Results;
using Ngp.Core.Settings;
using Ngp.Core.Web;
using Ngp.Media;

namespace Ngp.Contents.Admin;

/// <summary>An item as it will read, built from the form without saving anything.</summary>
public sealed record ContentPreview(string Title, string? Summary, string BodyHtml, IReadOnlyList<string> Tags, string? Ambition, string? ImagePath, string? ImageAlt, IReadOnlyList<(string Label, string Value)> Fields);
