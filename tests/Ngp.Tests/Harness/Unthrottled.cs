namespace Ngp.Tests.Harness;

/// <summary>Rate limits and throttles lifted, so that thousands of requests from one account reach the rules behind them.</summary>
public static class Unthrottled
{
    public static void Apply(IDictionary<string, string?> settings)
    {
        settings["Ngp:RateLimits:Enabled"] = "false";
        settings["Ngp:RateLimits:MeetingRegistrationsPerMinute"] = "1000000";
        settings["Ngp:Participation:CommentsPerMinute"] = "1000000";
        settings["Ngp:Participation:VotesPerMinute"] = "1000000";
        settings["Ngp:RateLimits:MaintenanceWritesPerMinute"] = "1000000";
    }
}
