using System.Runtime.CompilerServices;

namespace Ngp.Tests.Harness;

/// <summary>
/// Every test host would otherwise watch its configuration files with an inotify instance of its own, and the hundreds
/// of hosts alive during a run passed Linux's default of 128 per user (« The configured user limit (128) on the number
/// of inotify instances has been reached »). No test changes a configuration file while a host runs, so none needs it.
/// </summary>
internal static class FileWatchers
{
    [ModuleInitializer]
    internal static void TurnOffForTestHosts()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
