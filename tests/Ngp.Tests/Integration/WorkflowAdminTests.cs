using AngleSharp.Html.Parser;
using Ngp.Tests.Harness;
using Ngp.Workflows.Model;

namespace Ngp.Tests.Integration;

/// <summary>An administrator builds and follows workflows in the admin, through its forms, as a browser without JavaScript would.</summary>
public sealed class WorkflowAdminTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The editor's current field values (inputs, checked boxes, selected options, textareas), as a browser would post them.</summary>
    private static Dictionary<string, string> FormValues(string html)
    {
        var document = Parser.ParseDocument(html);
        var values = new Dictionary<string, string>();
        foreach (var input in document.QuerySelectorAll("form.workflow-editor input"))
        {
            var name = input.GetAttribute("name");
            var type = input.GetAttribute("type");
            if (name is null || (type == "checkbox" && !input.HasAttribute("checked")) || values.ContainsKey(name))
                continue;
            values[name] = input.GetAttribute("value") ?? "";
        }
        foreach (var area in document.QuerySelectorAll("form.workflow-editor textarea"))
            values[area.GetAttribute("name")!] = area.TextContent;
        foreach (var select in document.QuerySelectorAll("form.workflow-editor select"))
            values[select.GetAttribute("name")!] = (select.QuerySelector("option[selected]") ?? select.QuerySelector("option"))?.GetAttribute("value") ?? "";
        return values;
    }

    private static async Task<string> PostEditorAsync(HttpClient browser, string url, string handler, Dictionary<string, string> values)
    {
        var response = await browser.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(values));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{handler}: {(int)response.StatusCode}");
        return html;
    }

    [Fact]
    public async Task Editor_ListsTheEventsTheModulesDeclare_WithTheirData()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        var browser = await ContentAdminSteps.SignedInAsync(agency, NgpFactory.AdminEmail);

        var document = Parser.ParseDocument(await browser.GetStringAsync("admin/workflows/modifier"));

        var options = document.QuerySelectorAll("#wf-event option").Select(o => o.GetAttribute("value")).ToList();
        // Declared by Contents, Users, Participation and Meetings, and the workflows' own two.
        Assert.Subset(options.ToHashSet(), new HashSet<string?> { "ContentPublished", "UserRegistered", "VoteCast", "ProjectPhaseChanged", "SynthesisPublished", "Timer", "Signal" });
        Assert.Equal("ContentPublished", document.QuerySelector("#wf-event option[selected]")?.GetAttribute("value"));
        var data = document.QuerySelectorAll(".workflow-events dt").Zip(document.QuerySelectorAll(".workflow-events dd"))
            .ToDictionary(p => p.First.TextContent, p => p.Second.TextContent);
        Assert.Equal("contentItemId, fromPhase, toPhase", data["Changement de phase d'un projet (ProjectPhaseChanged)"]);
        Assert.Equal("contentItemId, meetingId, projectId, title", data["Synthèse de réunion publiée (SynthesisPublished)"]);
    }

    [Fact]
    public async Task Administrator_BuildsATwoStepWorkflowInTheEditor_AndSeesItRun()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SettleAsync();
        var browser = await ContentAdminSteps.SignedInAsync(agency, NgpFactory.AdminEmail);
        const string url = "admin/workflows/modifier";

        var html = await browser.GetStringAsync(url);
        var values = FormValues(html);
        values["Form.Id"] = "bienvenue";
        values["Form.Name"] = "Bienvenue aux abonnés";
        values["Form.StartEvent"] = "ContentPublished";
        values["Form.ContentTypes"] = "News";
        values["Form.NewActivityType"] = "Log";
        html = await PostEditorAsync(browser, url, "AddActivity", values);

        values = FormValues(html);
        Assert.Equal("log-1", values["Form.Activities[0].Id"]);
        Assert.Equal("start|Done", values["Form.Transitions[0].Source"]);
        values["Form.Activities[0].Properties[message]"] = "Publié : {{ Content.DisplayText }}";
        values["Form.NewActivityType"] = "SendEmail";
        html = await PostEditorAsync(browser, url, "AddActivity", values);

        values = FormValues(html);
        values["Form.Activities[1].Properties[subject]"] = "Nouvelle actualité : {{ Content.DisplayText";
        values["Form.Activities[1].Properties[to]"] = "gardien@exemple.fr";
        html = await PostEditorAsync(browser, url, "AddTransition", values);
        values = FormValues(html);
        values["Form.Transitions[1].Source"] = "log-1|Done";
        values["Form.Transitions[1].To"] = "sendemail-1";

        // Unclosed Liquid: refused, with the place of the error, and nothing saved.
        html = await PostEditorAsync(browser, url, "Save", values);
        var errors = Parser.ParseDocument(html).QuerySelector("#erreurs")?.TextContent ?? "";
        Assert.Contains("Expression Liquid invalide (ligne 1, colonne", errors);
        Assert.Contains("sendemail-1", errors);

        values = FormValues(html);
        values["Form.Activities[1].Properties[subject]"] = "Nouvelle actualité : {{ Content.DisplayText }}";
        var saved = await browser.PostAsync($"{url}?handler=Save", new FormUrlEncodedContent(values));
        html = await saved.Content.ReadAsStringAsync();
        Assert.EndsWith("/admin/workflows/modifier/bienvenue", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var page = Parser.ParseDocument(html);
        Assert.Contains("est enregistré", page.QuerySelector(".alert-success")!.TextContent);
        var svg = page.QuerySelector("svg.workflow-diagram")!;
        Assert.Equal("Schéma du workflow « Bienvenue aux abonnés »", svg.QuerySelector("title")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("li"), li => li.TextContent == "Journaliser un message « log-1 », issue Done → Envoyer un e-mail « sendemail-1 »");

        await agency.CreateNewsAsync("Fête des voisins", publish: true);
        await agency.SettleAsync();
        Assert.Contains(factory.Notifier.Sent, s => s.Notice.Title == "Nouvelle actualité : Fête des voisins");

        var instances = await browser.GetStringAsync("admin/workflows/bienvenue/instances");
        var link = Parser.ParseDocument(instances).QuerySelector("table.data tbody a")!.GetAttribute("href")!;
        Assert.Contains("Terminée", Forms.Text(instances));
        var detail = Parser.ParseDocument(await browser.GetStringAsync(link.TrimStart('/')[(agency.PathBase.Length)..]));
        var journal = detail.QuerySelectorAll("table.data tbody tr").Select(r => string.Join(" ", r.Children.Skip(1).Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["log-1 Log Done", "sendemail-1 SendEmail Done"], journal);
    }

    [Fact]
    public async Task InstancePages_InstanceRunAtAKnownInstant_ShowParisTimeInFrench_NeverUtc()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("journal", new { type = "ContentPublished" }, ("noter", "Log", new { message = "Publié : {{ Content.DisplayText }}" })));
        var browser = await ContentAdminSteps.SignedInAsync(agency, NgpFactory.AdminEmail);
        var at = factory.Clock.GetUtcNow();
        await agency.CreateNewsAsync("Fête des voisins", publish: true);
        await agency.SettleAsync();

        var instances = await browser.GetStringAsync("admin/workflows/journal/instances");
        var row = Parser.ParseDocument(instances).QuerySelector("table.data tbody tr")!;
        Assert.Contains(ExpectedTime.French(at), row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        var detail = Parser.ParseDocument(await browser.GetStringAsync(link.TrimStart('/')[(agency.PathBase.Length)..]));
        Assert.Equal(ExpectedTime.French(at), detail.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Démarrée").NextElementSibling!.TextContent);
        Assert.Equal(ExpectedTime.French(at), detail.QuerySelector("table.data tbody td")!.TextContent);
        Assert.DoesNotContain("UTC", Forms.Text(instances) + detail.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_DisablesAWorkflow_AndRetriesAFaultedInstance()
    {
        await using var factory = new WorkflowFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("fragile", new { type = "ContentPublished" }, ("panne", "TestFlaky", new { })));
        var browser = await ContentAdminSteps.SignedInAsync(agency, NgpFactory.AdminEmail);
        factory.Flaky.Broken = true;
        await agency.CreateNewsAsync("Premier", publish: true);
        await agency.SettleAsync();
        var instance = Assert.Single(await agency.InstancesAsync("fragile"));
        var detailUrl = $"admin/workflows/instances/{instance.Id}";
        Assert.Contains("Panne simulée", Forms.Text(await browser.GetStringAsync(detailUrl)));

        factory.Flaky.Broken = false;
        var retried = await Forms.SubmitAsync(browser, detailUrl, new Dictionary<string, string>(), handler: "Retry");
        Assert.Contains("L'instance est relancée", Forms.Text(await retried.Content.ReadAsStringAsync()));
        await agency.SettleAsync();
        Assert.Equal(WorkflowStatus.Finished, Assert.Single(await agency.InstancesAsync("fragile")).Status);

        var list = await browser.GetStringAsync("admin/workflows");
        Assert.Contains("Test fragile", Forms.Text(list));
        var toggled = await ContentAdminSteps.PostAsync(browser, "admin/workflows", "admin/workflows?handler=Toggle&id=fragile&enable=False");
        Assert.Contains("Le workflow est désactivé", Forms.Text(await toggled.Content.ReadAsStringAsync()));
        await agency.CreateNewsAsync("Second", publish: true);
        await agency.SettleAsync();
        Assert.Single(await agency.InstancesAsync("fragile"));

        var resident = await agency.CreateResidentAsync();
        var residentBrowser = await ContentAdminSteps.SignedInAsync(agency, resident.Email, resident.Password);
        var forbidden = await residentBrowser.GetAsync("admin/workflows");
        Assert.DoesNotContain("<h1>Workflows</h1>", await forbidden.Content.ReadAsStringAsync());
    }
}
