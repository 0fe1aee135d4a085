using System.ComponentModel.DataAnnotations;

namespace Ngp.Workflows.Engine;

/// <summary>Settings <c>Ngp:Workflows:*</c>.</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Ngp:Workflows";

    /// <summary>Turns the background runner off (load tests drive it themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each running tenant is checked for instances to run and timers that came due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a runner keeps an instance's lease; a crashed node frees it after that.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Guard against loops: an instance that runs more activities than this in one run faults.</summary>
    [Range(1, 100_000)]
    public int MaxActivitiesPerRun { get; set; } = 100;

    /// <summary>Guard against e-mail storms: messages (SendEmail, Notify) one instance may send per hour before it faults.</summary>
    [Range(1, 100_000)]
    public int MaxEmailsPerInstancePerHour { get; set; } = 20;

    /// <summary>Finished instances and their journal are deleted after this.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;
}
