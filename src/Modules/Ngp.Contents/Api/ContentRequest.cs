using System.Text.Json.Nodes;

namespace Ngp.Contents.Api;

/// <summary><c>{"type","title","parts","fields"}</c> to create; the same without <c>type</c> to update.</summary>
public sealed record ContentRequest(string? Type, string? Title, JsonObject? Parts, JsonObject? Fields);
