using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>What the modules declare to the others (events, audience groups) matches what they really raise and resolve.</summary>
public sealed class ModuleContributionTests
{
    [Fact]
    public async Task DeclaredAudiences_EachHasItsResolver_AndEveryResolverIsDeclared()
    {
        await using var factory = new SqliteFactory();
        var agency = await factory.CreateAgencyAsync();

        var kinds = await agency.InScopeAsync(sp => Task.FromResult(sp.GetServices<IAudienceSource>().Select(s => s.Kind).Order().ToList()));
        var declared = factory.Services.GetRequiredService<AudienceCatalog>().All;

        Assert.Equal(kinds, declared.Select(a => a.Kind).Order());
        Assert.All(declared, a => Assert.False(string.IsNullOrWhiteSpace(a.Label)));
    }

    [Fact]
    public void EveryDomainEventOfTheSite_IsDeclaredByItsModule()
    {
        using var factory = new SqliteFactory();
        var declared = factory.Services.GetRequiredService<DomainEventCatalog>().All.Select(e => e.Name).ToHashSet();

        var raised = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name is { } name && name.StartsWith("Ngp.", StringComparison.Ordinal) && !name.StartsWith("Ngp.Tests", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.Name)
            // The workflows' own signal event starts the one workflow it names; it is offered as « Signal ».
            .Where(name => name != "WorkflowSignalled")
            .ToList();

        Assert.NotEmpty(raised);
        Assert.All(raised, name => Assert.Contains(name, declared));
    }
}
