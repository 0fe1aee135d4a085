namespace Ngp.Tests.Harness;

/// <summary>A test factory that keeps the whole log of its site.</summary>
public interface ILoggedFactory
{
    LogCapture Log { get; }

    /// <summary>The site's own code logs at every level here; other categories keep the site's configured levels.</summary>
    static void AddLogSettings(IDictionary<string, string?> settings) => settings["Logging:LogLevel:Ngp"] = "Trace";
}
