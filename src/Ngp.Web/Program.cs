using Ngp.Tenants.Backup;
using Ngp.Web;

// `backup <folder>` and `restore <folder>` use the site's settings but serve nothing.
if (args is [("backup" or "restore") and var command, var folder, .. var rest])
{
    var site = NgpHost.Build(rest);
    var backup = site.Services.GetRequiredService<SiteBackup>();
    if (command == "backup")
        await backup.BackupAsync(folder, CancellationToken.None);
    else
        await backup.RestoreAsync(folder, CancellationToken.None);
    Console.WriteLine($"{command} {Path.GetFullPath(folder)} : terminé.");
    return;
}

var app = NgpHost.Build(args);
await app.RunAsync();

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
