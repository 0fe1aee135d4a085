using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Ngp.Tenants;

namespace Ngp.Tests.Harness;

/// <summary>A web node whose settings and clock a test chooses; two of them on PostgreSQL share the databases (<see cref="NgpFactory.JoinDatabasesOf"/>).</summary>
public interface IWebNode
{
    Dictionary<string, string?> Settings { get; }

    FakeTimeProvider Clock { get; set; }
}

public sealed class SqliteNode : SqliteFactory, IWebNode
{
    public Dictionary<string, string?> Settings { get; } = new();

    public FakeTimeProvider Clock { get; set; } = new(DateTimeOffset.UtcNow);

    protected override void AddSettings(IDictionary<string, string?> settings) => WebNodes.Apply(Settings, settings);

    protected override void ConfigureServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}

public sealed class PostgresNode : PostgresFactory, IWebNode
{
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>Settings the site reads while it is built, before the test host's configuration is added (the key ring's certificate).</summary>
    public Dictionary<string, string?> BuildSettings { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        foreach (var (key, value) in BuildSettings)
            builder.UseSetting(key, value);
        base.ConfigureWebHost(builder);
    }

    public FakeTimeProvider Clock { get; set; } = new(DateTimeOffset.UtcNow);

    protected override void AddSettings(IDictionary<string, string?> settings) => WebNodes.Apply(Settings, settings);

    protected override void ConfigureServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}

public static class WebNodes
{
    internal static void Apply(Dictionary<string, string?> chosen, IDictionary<string, string?> settings)
    {
        foreach (var (key, value) in chosen)
            settings[key] = value;
    }

    /// <summary>
    /// A second node of <paramref name="first"/> (same databases, same settings and clock, its own data folder), for an
    /// agency that <paramref name="first"/> created: the agency as this node sees it (its own folder under its data path).
    /// </summary>
    public static (PostgresNode Node, Agency Agency) SecondNode(PostgresNode first, Agency agency)
    {
        var second = new PostgresNode { Clock = first.Clock };
        foreach (var (key, value) in first.Settings)
            second.Settings[key] = value;
        foreach (var (key, value) in first.BuildSettings)
            second.BuildSettings[key] = value;
        second.JoinDatabasesOf(first);
        var tenant = second.Services.GetRequiredService<TenantRegistry>().Find(agency.Name)
            ?? throw new InvalidOperationException($"The second node does not know the agency {agency.Name}.");
        return (second, new Agency(second, tenant));
    }
}
