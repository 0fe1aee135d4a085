using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Definitions;
using Ngp.Core.Data;
using Ngp.Core.Web;

namespace Ngp.Contents.Items;

public sealed record ContentPage(IReadOnlyList<ContentItemVersion> Items, int Total);
