using DocumentFormat.OpenXml.Packaging;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Api;

/// <summary>A strategy's report for a year as a file through the API, as the reports page downloads it: a token of
/// the staff, a known kind and format, the strategy's own name for the file.</summary>
public class ReportApiTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_coordinator_downloads_the_years_implementation_report_as_docx()
    {
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        using var response = await coordinator.GetAsync($"/api/v1/strategie/{Key}/sprawozdania/realizacja/2020.docx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("realizacja-2020.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var docx = WordprocessingDocument.Open(stream, false);
        Assert.Contains("Lublin", docx.MainDocumentPart!.Document!.InnerText);
    }

    [Fact]
    public async Task An_unknown_kind_or_format_is_refused_with_the_names_there_are_and_no_token_gets_nothing()
    {
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        using var kind = await coordinator.GetAsync($"/api/v1/strategie/{Key}/sprawozdania/roczny/2020.docx", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Contains("realizacja", (await kind.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        using var format = await coordinator.GetAsync($"/api/v1/strategie/{Key}/sprawozdania/realizacja/2020.odt", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        using var missing = await coordinator.GetAsync("/api/v1/strategie/nie-ma-takiej/sprawozdania/realizacja/2020.docx", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var anonymous = web.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/strategie/{Key}/sprawozdania/realizacja/2020.docx", Ct)).StatusCode);
    }
}
