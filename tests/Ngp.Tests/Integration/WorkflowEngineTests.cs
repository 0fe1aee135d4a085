using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;
using Ngp.Workflows.Engine;
using Ngp.Workflows.Model;

namespace Ngp.Tests.Integration;

// Events other modules add; workflows only know them by name.
public sealed record CommentReported(string ContentItemId, string CommentId, int Reports) : IDomainEvent;

public sealed record ConsultationClosed(string ContentItemId, string ContentType) : IDomainEvent;

public sealed record VoteCast(string ContentItemId, string UserId) : IDomainEvent;

public sealed class WorkflowEngineTests
{
    private static object Log(string message = "vu") => new { message };

    [Fact]
    public async Task Events_StartTheTypesThatMatch_WithTheirContentItemAsCorrelation()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("news-published", new { type = "ContentPublished", contentTypes = new[] { "News" } }, ("log", "Log", Log())));
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("page-published", new { type = "ContentPublished", contentTypes = new[] { "Page" } }, ("log", "Log", Log())));
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("created", new { type = "ContentCreated" }, ("log", "Log", Log())));
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("reported", new { type = "CommentReported" }, ("log", "Log", Log("{{ Event.commentId }} signalé {{ Event.reports }} fois"))));
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("closed", new { type = "ConsultationClosed" }, ("log", "Log", Log())));
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("voted", new { type = "VoteCast" }, ("log", "Log", Log())));
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("registered", new { type = "UserRegistered" }, ("log", "Log", Log("{{ Event.email }}"))));
        await agency.SettleAsync();

        var draft = await agency.CreateNewsAsync("Brouillon", publish: false);
        var published = await agency.CreateNewsAsync("Travaux d'été", publish: true);
        await agency.RaiseAsync(new CommentReported("consultation-1", "c-42", 3));
        await agency.RaiseAsync(new ConsultationClosed("consultation-2", "Consultation"));
        await agency.RaiseAsync(new VoteCast("consultation-3", "u-1"));
        var resident = await agency.CreateResidentAsync();
        await agency.SettleAsync();

        Assert.Equal([published], (await agency.InstancesAsync("news-published")).Select(i => i.CorrelationId));
        Assert.Empty(await agency.InstancesAsync("page-published"));
        Assert.Equal([draft, published], (await agency.InstancesAsync("created")).Select(i => i.CorrelationId));
        var reported = Assert.Single(await agency.InstancesAsync("reported"));
        Assert.Equal("consultation-1", reported.CorrelationId);
        Assert.Contains("c-42 signalé 3 fois", reported.State);
        Assert.Equal("consultation-2", Assert.Single(await agency.InstancesAsync("closed")).CorrelationId);
        Assert.Equal("consultation-3", Assert.Single(await agency.InstancesAsync("voted")).CorrelationId);
        var registered = Assert.Single(await agency.InstancesAsync("registered"));
        Assert.Contains(resident.Email, registered.State);
        Assert.All(await agency.InstancesAsync("created"), i => Assert.Equal(WorkflowStatus.Finished, i.Status));
    }

    [Fact]
    public async Task WaitForEvent_HaltsUntilTheEventOfItsOwnItem_ThenResumes()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("relance", new { type = "ContentCreated", contentTypes = new[] { "News" } },
            ("attendre", "WaitForEvent", new { @event = "ContentPublished" }),
            ("noter", "Log", Log("publié : {{ Content.DisplayText }}"))));

        var first = await agency.CreateNewsAsync("Première", publish: false);
        var other = await agency.CreateNewsAsync("Autre", publish: false);
        await agency.SettleAsync();
        var instance = (await agency.InstancesAsync("relance")).Single(i => i.CorrelationId == first);
        Assert.Equal(WorkflowStatus.Halted, instance.Status);

        var admin = await agency.AdminAsync();
        (await admin.PostAsync($"api/v1/content/{other}/publish", null)).EnsureSuccessStatusCode();
        await agency.SettleAsync();
        Assert.Equal(WorkflowStatus.Halted, (await agency.InstancesAsync("relance")).Single(i => i.CorrelationId == first).Status);

        (await admin.PostAsync($"api/v1/content/{first}/publish", null)).EnsureSuccessStatusCode();
        await agency.SettleAsync();
        instance = (await agency.InstancesAsync("relance")).Single(i => i.CorrelationId == first);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Contains("publié : Première", instance.State);
        Assert.Equal(["attendre:Halted", "attendre:Done", "noter:Done"], (await agency.JournalAsync(instance.Id)).Select(j => $"{j.ActivityId}:{j.Outcome}"));
    }

    [Fact]
    public async Task WaitFor_HaltsUntilTheTimerComesDue_ThenResumesOnce()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("rappel", new { type = "ContentPublished" },
            ("attendre", "WaitFor", new { duration = "01:00:00" }),
            ("rappeler", "Log", Log())));
        await agency.CreateNewsAsync("Réunion de quartier", publish: true);
        await agency.SettleAsync();
        var instance = Assert.Single(await agency.InstancesAsync("rappel"));
        Assert.Equal(WorkflowStatus.Halted, instance.Status);

        factory.Clock.Advance(TimeSpan.FromMinutes(59));
        await agency.SettleAsync();
        Assert.Equal(WorkflowStatus.Halted, Assert.Single(await agency.InstancesAsync("rappel")).Status);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await agency.SettleAsync();
        await agency.SettleAsync();
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(await agency.InstancesAsync("rappel")).Status);
        Assert.Single(await agency.JournalAsync(instance.Id), j => j.ActivityId == "rappeler");
    }

    [Fact]
    public async Task Restart_WhileHalted_ResumesOnEvent_AndFiresATimerDueDuringDowntimeOnce()
    {
        var first = new WorkflowFactory { KeepData = true };
        Agency agency;
        string eventItem;
        DateTimeOffset stoppedAt;
        await using (first)
        {
            agency = await first.CreateAgencyAsync();
            await agency.SaveWorkflowAsync(WorkflowSteps.Chain("sur-evenement", new { type = "ContentCreated" },
                ("attendre", "WaitForEvent", new { @event = "ContentPublished" }), ("suite", "Log", Log())));
            await agency.SaveWorkflowAsync(WorkflowSteps.Chain("sur-minuterie", new { type = "ContentCreated" },
                ("attendre", "WaitFor", new { duration = "P1D" }), ("suite", "Log", Log())));
            eventItem = await agency.CreateNewsAsync("Avant l'arrêt", publish: false);
            await agency.SettleAsync();
            Assert.All((await agency.InstancesAsync("sur-evenement")).Concat(await agency.InstancesAsync("sur-minuterie")),
                i => Assert.Equal(WorkflowStatus.Halted, i.Status));
            stoppedAt = first.Clock.GetUtcNow();
        }

        // Two days later: the one-day timer came due while the site was down.
        await using var second = new WorkflowFactory { DataPath = first.DataPath, Clock = new(stoppedAt.AddDays(2)) };
        var again = new Agency(second, agency.Tenant);
        await again.SettleAsync();
        await again.SettleAsync();
        var timer = Assert.Single(await again.InstancesAsync("sur-minuterie"));
        Assert.Equal(WorkflowStatus.Finished, timer.Status);
        Assert.Single(await again.JournalAsync(timer.Id), j => j.ActivityId == "suite");

        Assert.Equal(WorkflowStatus.Halted, Assert.Single(await again.InstancesAsync("sur-evenement")).Status);
        var admin = await again.AdminAsync();
        (await admin.PostAsync($"api/v1/content/{eventItem}/publish", null)).EnsureSuccessStatusCode();
        await again.SettleAsync();
        var resumed = Assert.Single(await again.InstancesAsync("sur-evenement"));
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Single(await again.JournalAsync(resumed.Id), j => j.ActivityId == "suite");
    }

    [Fact]
    public async Task Loop_IsStoppedByTheGuard_AndFaults_WithoutBlockingOthers()
    {
        await using var factory = new WorkflowFactory();
        factory.Settings["Ngp:Workflows:MaxActivitiesPerRun"] = "25";
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(new
        {
            id = "boucle",
            name = "Boucle sans fin",
            startEvent = new { type = "ContentPublished" },
            activities = new object[]
            {
                new { id = "compter", type = "SetProperty", properties = new { name = "n", value = "{{ Workflow.Properties.n | plus: 1 }}" } },
                new { id = "encore", type = "IfElse", properties = new { condition = "true" } },
            },
            transitions = new object[]
            {
                new { from = "start", outcome = "Done", to = "compter" },
                new { from = "compter", outcome = "Done", to = "encore" },
                new { from = "encore", outcome = "True", to = "compter" },
            },
        });
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("sage", new { type = "ContentPublished" }, ("noter", "Log", Log())));
        await agency.CreateNewsAsync("Déclencheur", publish: true);
        await agency.SettleAsync();

        var loop = Assert.Single(await agency.InstancesAsync("boucle"));
        Assert.Equal(WorkflowStatus.Faulted, loop.Status);
        Assert.Contains("Boucle arrêtée", loop.Fault);
        Assert.Equal(25, (await agency.JournalAsync(loop.Id)).Count);
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(await agency.InstancesAsync("sage")).Status);
    }

    [Fact]
    public async Task EmailStorm_IsStoppedByTheGuard_AfterTheHourlyLimit()
    {
        await using var factory = new WorkflowFactory();
        factory.Settings["Ngp:Workflows:MaxEmailsPerInstancePerHour"] = "3";
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(new
        {
            id = "tempete",
            name = "Tempête d'e-mails",
            startEvent = new { type = "ContentPublished" },
            activities = new object[]
            {
                new { id = "ecrire", type = "SendEmail", properties = new { subject = "Encore", to = "gardien@exemple.fr" } },
                new { id = "encore", type = "IfElse", properties = new { condition = "1 == 1" } },
            },
            transitions = new object[]
            {
                new { from = "start", outcome = "Done", to = "ecrire" },
                new { from = "ecrire", outcome = "Done", to = "encore" },
                new { from = "encore", outcome = "True", to = "ecrire" },
            },
        });
        await agency.CreateNewsAsync("Déclencheur", publish: true);
        await agency.SettleAsync();

        var storm = Assert.Single(await agency.InstancesAsync("tempete"));
        Assert.Equal(WorkflowStatus.Faulted, storm.Status);
        Assert.Contains("Envois arrêtés", storm.Fault);
        Assert.Equal(3, factory.Notifier.Sent.Count(s => s.Notice.IdempotencyKey!.Contains(storm.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FailingEmail_TakesTheFailedOutcome()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(new
        {
            id = "alerte",
            name = "Alerte",
            startEvent = new { type = "ContentPublished" },
            activities = new object[]
            {
                new { id = "ecrire", type = "SendEmail", properties = new { subject = "Publié : {{ Content.DisplayText }}", to = "panne@exemple.fr" } },
                new { id = "reussi", type = "Log", properties = new { message = "envoyé" } },
                new { id = "echec", type = "Log", properties = new { message = "échec" } },
            },
            transitions = new object[]
            {
                new { from = "start", outcome = "Done", to = "ecrire" },
                new { from = "ecrire", outcome = "Done", to = "reussi" },
                new { from = "ecrire", outcome = "Failed", to = "echec" },
            },
        });
        await agency.CreateNewsAsync("Déclencheur", publish: true);
        await agency.SettleAsync();

        var instance = Assert.Single(await agency.InstancesAsync("alerte"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var journal = await agency.JournalAsync(instance.Id);
        Assert.StartsWith("Failed (Envoi impossible", journal[0].Outcome);
        Assert.Equal(["ecrire", "echec"], journal.Select(j => j.ActivityId));
    }

    [Fact]
    public async Task FaultedInstance_ShowsItsReason_AndRunsAgainWhenRetried()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("fragile", new { type = "ContentPublished" }, ("panne", "TestFlaky", new { }), ("fin", "Log", Log())));
        factory.Flaky.Broken = true;
        await agency.CreateNewsAsync("Déclencheur", publish: true);
        await agency.SettleAsync();
        var faulted = Assert.Single(await agency.InstancesAsync("fragile"));
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Contains("Panne simulée", faulted.Fault);

        var admin = await agency.AdminAsync();
        var listed = await admin.GetFromJsonAsync<JsonElement>("api/v1/workflows/fragile/instances?status=Faulted");
        Assert.Equal(faulted.Id, listed[0].GetProperty("id").GetString());
        factory.Flaky.Broken = false;
        var retried = await admin.PostAsync($"api/v1/workflow-instances/{faulted.Id}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await agency.SettleAsync();
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(await agency.InstancesAsync("fragile")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"api/v1/workflow-instances/{faulted.Id}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task ContentTasks_CreateADraftFromLiquid_AndPublishIt_InTheInstanceTransaction()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("synthese", new { type = "ConsultationClosed" },
            ("rediger", "CreateContent", new { contentType = "News", title = "Synthèse : {{ Event.contentItemId }}", field = "Summary.text", value = "Bilan de {{ Tenant.DisplayName }}." }),
            ("publier", "PublishContent", new { contentItemId = "{{ Workflow.Outputs.rediger }}" })));
        await agency.RaiseAsync(new ConsultationClosed("concertation-tilleuls", "Consultation"));
        await agency.SettleAsync();

        var instance = Assert.Single(await agency.InstancesAsync("synthese"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var news = await agency.Client().GetFromJsonAsync<JsonElement>("api/v1/content?type=News&q=Synth%C3%A8se");
        var item = Assert.Single(news.GetProperty("items").EnumerateArray());
        Assert.Equal("Synthèse : concertation-tilleuls", item.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ForkAndJoin_RunBothBranches_ThenContinueOnce()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(new
        {
            id = "branches",
            name = "Deux branches",
            startEvent = new { type = "ContentPublished" },
            activities = new object[]
            {
                new { id = "separer", type = "Fork", properties = new { branches = "A, B" } },
                new { id = "a", type = "SetProperty", properties = new { name = "a", value = "1" } },
                new { id = "b", type = "WaitFor", properties = new { duration = "00:10:00" } },
                new { id = "rejoindre", type = "Join", properties = new { mode = "all" } },
                new { id = "fin", type = "Log", properties = new { message = "a={{ Workflow.Properties.a }}" } },
            },
            transitions = new object[]
            {
                new { from = "start", outcome = "Done", to = "separer" },
                new { from = "separer", outcome = "A", to = "a" },
                new { from = "separer", outcome = "B", to = "b" },
                new { from = "a", outcome = "Done", to = "rejoindre" },
                new { from = "b", outcome = "Done", to = "rejoindre" },
                new { from = "rejoindre", outcome = "Done", to = "fin" },
            },
        });
        await agency.CreateNewsAsync("Déclencheur", publish: true);
        await agency.SettleAsync();
        Assert.Equal(WorkflowStatus.Halted, Assert.Single(await agency.InstancesAsync("branches")).Status);

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        await agency.SettleAsync();
        var instance = Assert.Single(await agency.InstancesAsync("branches"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Single(await agency.JournalAsync(instance.Id), j => j.ActivityId == "fin");
        Assert.Contains("a=1", instance.State);
    }

    [Fact]
    public async Task TimerStartEvent_FiresOnItsCron_AndMissedFiringsOnlyOnce()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("horaire", new { type = "Timer", cron = "0 * * * *" }, ("noter", "Log", Log())));
        await agency.SettleAsync();
        Assert.Empty(await agency.InstancesAsync("horaire"));

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await agency.SettleAsync();
        Assert.Single(await agency.InstancesAsync("horaire"));

        factory.Clock.Advance(TimeSpan.FromHours(5));
        await agency.SettleAsync();
        Assert.Equal(2, (await agency.InstancesAsync("horaire")).Count);
    }

    [Fact]
    public async Task SignedSignalUrl_StartsItsWorkflow_AndAForgedOneIsRefused()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("signal", new { type = "Signal" }, ("noter", "Log", Log())));
        var url = await agency.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkflowSignals>().RelativeUrl("signal", "projet-7")));

        Assert.Equal(HttpStatusCode.NotFound, (await agency.Client().GetAsync(url + "x")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await agency.Client().GetAsync(url)).StatusCode);
        await agency.SettleAsync();
        var instance = Assert.Single(await agency.InstancesAsync("signal"));
        Assert.Equal("projet-7", instance.CorrelationId);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Fact]
    public async Task FinishedInstances_AreTrimmedAfterTheRetention_AndHaltedOnesKept()
    {
        await using var factory = new WorkflowFactory();
        factory.Settings["Ngp:Workflows:Retention"] = "01:00:00";
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("court", new { type = "ContentPublished" }, ("noter", "Log", Log())));
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("patient", new { type = "ContentPublished" }, ("attendre", "WaitForEvent", new { @event = "ContentDeleted" })));
        await agency.CreateNewsAsync("Déclencheur", publish: true);
        await agency.SettleAsync();
        var runner = factory.Services.GetRequiredService<WorkflowRunner>();
        Assert.Equal(0, await runner.TrimAsync(agency.Tenant, CancellationToken.None));
        Assert.Single(await agency.InstancesAsync("court"));

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.True(await runner.TrimAsync(agency.Tenant, CancellationToken.None) >= 1);
        Assert.Empty(await agency.InstancesAsync("court"));
        Assert.Equal(WorkflowStatus.Halted, Assert.Single(await agency.InstancesAsync("patient")).Status);
    }
}
