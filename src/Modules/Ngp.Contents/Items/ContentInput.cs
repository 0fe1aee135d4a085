using System.Text.Json.Nodes;

namespace Ngp.Contents.Items;

/// <summary>What an editor or a client submits for an item: a title, then parts and fields by name.</summary>
public sealed record ContentInput(string? Type, string? Title, JsonObject? Parts, JsonObject? Fields);
