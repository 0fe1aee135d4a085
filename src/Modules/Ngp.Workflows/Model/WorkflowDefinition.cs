using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ngp.Workflows.Model;

/// <summary>
/// A workflow type as an administrator or a recipe writes it: a start event, activities with properties, and
/// transitions from an activity's outcome to the next activity. The start event is the pseudo-activity
/// <see cref="StartId"/> with the single outcome <c>Done</c>.
/// </summary>
public sealed record WorkflowDefinition
{
    public const string StartId = "start";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A null where the model has no room for one (an id, the list of activities) is refused as the JSON is read.
        RespectNullableAnnotations = true,
        Converters = { new Ngp.Core.Web.TextJsonConverter() },
    };

    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public bool Enabled { get; init; } = true;

    /// <summary>At most one unfinished instance at a time; a start event while one runs or waits is ignored.</summary>
    public bool Singleton { get; init; }

    public int Version { get; init; } = 1;

    public StartEvent? StartEvent { get; init; }

    public IReadOnlyList<ActivityDefinition> Activities { get; init; } = [];

    public IReadOnlyList<TransitionDefinition> Transitions { get; init; } = [];

    public ActivityDefinition? Find(string id) => Activities.FirstOrDefault(a => a.Id == id);

    public IEnumerable<TransitionDefinition> From(string activityId, string outcome) =>
        Transitions.Where(t => t.From == activityId && string.Equals(t.Outcome, outcome, StringComparison.Ordinal));
}
