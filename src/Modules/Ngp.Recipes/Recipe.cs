using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ngp.Recipes;

/// <summary>A recipe file: a header and an ordered list of steps, each step's body read by the step that owns its name.</summary>
public sealed record Recipe
{
    public required string Name { get; init; }

    public string DisplayName { get; init; } = "";

    public string Description { get; init; } = "";

    public string Version { get; init; } = "1";

    /// <summary>The day the recipe's dates were written for; when set, they move with the day it runs (<see cref="RecipeDates"/>).</summary>
    public DateOnly? DatesAsOf { get; init; }

    public IReadOnlyList<JsonElement> Steps { get; init; } = [];

    [JsonIgnore]
    public string? SourcePath { get; init; }
}
