using Kierunek.Application.Strategies;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kierunek.Web.Tests.Api;

/// <summary>Loading a document through the API, as the upload page does: a preview that writes nothing, a new version
/// that removes an item only with zastap=true, a cut file refused with its line, and only for coordinators and
/// administrators. Its own application: a test stores a new version.</summary>
public class DocumentUploadApiTests(WebFactory web) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent Upload(string name, byte[] content) =>
        new() { { new ByteArrayContent(content), "plik", name } };

    private static byte[] Seed(string prefix) => File.ReadAllBytes(Directory.GetFiles(SeedFolder.Find()!, prefix + "_*.txt").Single());

    [Fact]
    public async Task A_stored_document_previews_as_its_next_version_and_a_reporter_may_not_load_one()
    {
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        var preview = await coordinator.PostAsync("/api/v1/dokumenty/podglad", Upload("000.txt", Seed("000")), Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var plan = await preview.Content.ReadFromJsonAsync<JsonElement>(Ct);
        // The demo's own seed 000: stored, so a next version; what it changes depends on the other tests of the class.
        Assert.Equal((WebFactory.LublinKey, false, false), (plan.GetProperty("key").GetString(), plan.GetProperty("new").GetBoolean(), plan.GetProperty("needsReplace").GetBoolean()));

        var reporter = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsync("/api/v1/dokumenty/podglad", Upload("000.txt", Seed("000")), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_file_cut_in_a_row_is_refused_with_the_line_where_it_stops()
    {
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        var response = await coordinator.PostAsync("/api/v1/dokumenty/podglad", Upload("000-ucięty.txt", Seed("000")[..22791]), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var error = problem.GetProperty("errors")[0];
        Assert.Equal("truncated-row", error.GetProperty("code").GetString());
        Assert.Equal("000-ucięty.txt", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 100);
    }

    [Fact]
    public async Task A_version_without_an_item_is_previewed_as_a_shrink_and_saved_only_with_zastap()
    {
        string json;
        int nodes;
        using (var scope = web.Services.CreateScope())
        {
            var document = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(WebFactory.LublinKey, Ct))!;
            var next = DocumentJson.Read(DocumentJson.Write(document), document.Key).Value!;
            var gone = next.AllNodes().First(n => n.Kind == NodeKind.Measure && n.Children.Count == 0);
            next.AllNodes().Single(n => n.Children.Contains(gone)).Children.Remove(gone);
            (json, nodes) = (DocumentJson.Write(next), next.AllNodes().Count());
        }
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        var content = Encoding.UTF8.GetBytes(json);

        var plan = await (await coordinator.PostAsync("/api/v1/dokumenty/podglad", Upload("lublin.json", content), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(plan.GetProperty("needsReplace").GetBoolean());
        Assert.Equal(1, plan.GetProperty("removedNodes").GetArrayLength());

        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync("/api/v1/dokumenty", Upload("lublin.json", content), Ct)).StatusCode);
        var saved = await coordinator.PostAsync("/api/v1/dokumenty?zastap=true", Upload("lublin.json", content), Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, (await saved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32());
        var tree = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/strategie/{WebFactory.LublinKey}/drzewo", Ct);
        Assert.Equal(nodes, tree.GetArrayLength());
    }
}
