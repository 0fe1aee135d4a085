using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Follows;
using Ngp.Tests.Harness;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration.Follows;

/// <summary>A type is followable when it has the Followable part, whatever else it carries (comments, a consultation).</summary>
public abstract class FollowRuleTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    [SkippableFact]
    public async Task Follow_AnItemWhoseTypeLostFollowable_IsRefusedEvenThoughItTakesComments()
    {
        var agency = await factory.CreateAgencyAsync();
        var resident = await agency.CreateResidentAsync();
        Assert.Equal(HttpStatusCode.OK, (await resident.Api.PostAsync($"api/v1/content/{DemoProject}/follow", null)).StatusCode);

        await agency.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<ContentDefinitionStore>();
            var type = (await store.FindAsync("Project"))!;
            var saved = await store.SaveAsync(type with { Parts = type.Parts.Where(p => p.Name != FollowablePart.PartName).ToList() });
            Assert.True(saved.IsOk, saved.Message);
            return saved;
        });

        var refused = await resident.Api.PostAsync($"api/v1/content/{DemoProject}/follow", null);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(ToggleFollow.CannotBeFollowed, await ProblemTitleAsync(refused));
        var page = await agency.Client().GetStringAsync("projets/rehabilitation-de-la-residence-les-alpins");
        Assert.DoesNotContain("id=\"suivre\"", page, StringComparison.Ordinal);
    }
}

public sealed class FollowRuleTestsOnSqlite(SqliteFactory factory) : FollowRuleTests<SqliteFactory>(factory);

public sealed class FollowRuleTestsOnPostgres(PostgresFactory factory) : FollowRuleTests<PostgresFactory>(factory);
