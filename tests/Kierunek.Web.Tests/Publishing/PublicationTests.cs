using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using Kierunek.Application.Publishing;
using Kierunek.Application.Tests;
using Kierunek.Data;
using Kierunek.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;

namespace Kierunek.Web.Tests.Publishing;

/// <summary>A coordinator publishes a finished year's report to the public area, where anyone reads it without
/// signing in and the public reader finds it on their start page; withdrawing needs a reason; a year still
/// being monitored cannot be published; only coordinators and administrators publish.</summary>
public class PublicationTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private const string Reports = $"/raporty/{Key}";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_report_is_open_to_anyone_in_every_format_and_on_the_readers_start_page()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var published = await PublishAsync(coordinator, "realizacja", 2020);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var anonymous = web.Browser();
        var area = await WebFactory.ParseAsync(await anonymous.GetAsync("/publiczne", Ct));
        // Other tests of this class publish into the same database, in an order xunit does not fix: look at this
        // publication's files, which share its id.
        int id;
        using (var scope = web.Services.CreateScope())
            id = await scope.ServiceProvider.GetRequiredService<KierunekDb>().Publications
                .Where(p => p.DocumentKey == Key && p.Kind == "realizacja" && p.Year == 2020 && p.WithdrawnAt == null).Select(p => p.Id).SingleAsync(Ct);
        var links = area.QuerySelectorAll("main a").OfType<IHtmlAnchorElement>().Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith($"/publiczne/{id}/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, links.Count);
        Assert.Contains("Sprawozdanie z realizacji", area.QuerySelector("main")!.TextContent);

        var html = await anonymous.GetAsync(links.Single(l => l.EndsWith("/html", StringComparison.Ordinal)), Ct);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("Razem cel 1.1", await html.Content.ReadAsStringAsync(Ct));
        var csp = html.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("style-src 'self' 'sha256-[A-Za-z0-9+/=]+'", csp); // the report's own styles, by hash
        Assert.DoesNotContain("unsafe-inline", csp);

        var docx = await anonymous.GetAsync(links.Single(l => l.EndsWith("/docx", StringComparison.Ordinal)), Ct);
        Assert.Equal("realizacja-2020.docx", docx.Content.Headers.ContentDisposition!.FileName);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false))
            Assert.Contains("Razem cel 1.1", word.MainDocumentPart!.Document!.InnerText);
        var pdf = await anonymous.GetByteArrayAsync(links.Single(l => l.EndsWith("/pdf", StringComparison.Ordinal)), Ct);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));

        var reader = await web.SignedInAsync("czytelnik@kierunek.local");
        var start = await WebFactory.ParseAsync(await reader.GetAsync("/", Ct));
        Assert.Contains(start.QuerySelectorAll("main a").OfType<IHtmlAnchorElement>(), a => links.Contains(a.GetAttribute("href")!));
        Assert.Contains(await AuditAsync(), a => a.Action == "publikacja" && a.User == "koordynator@kierunek.local" && a.EntityKey == $"{Key}/realizacja/2020");
    }

    [Fact]
    public async Task A_withdrawn_report_leaves_the_public_area_and_the_reason_is_recorded()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(coordinator, "wnioski", 2019)).StatusCode);
        var id = await PublicationIdAsync("wnioski", 2019);

        var refused = await WebFactory.ParseAsync(await WebFactory.PostFormAsync(coordinator, Reports, new Dictionary<string, string> { ["id"] = id.ToString(), ["powod"] = "" }, $"{Reports}?handler=Withdraw"));
        Assert.Contains("Podaj powód wycofania", refused.QuerySelector(".error-summary")!.TextContent);
        var withdrawn = await WebFactory.PostFormAsync(coordinator, Reports, new Dictionary<string, string> { ["id"] = id.ToString(), ["powod"] = "błąd w danych MOPR" }, $"{Reports}?handler=Withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await web.Browser().GetAsync($"/publiczne/{id}/html", Ct)).StatusCode);
        var area = await web.Browser().GetStringAsync("/publiczne", Ct);
        Assert.DoesNotContain($"/publiczne/{id}/", area);
        Assert.Contains(await AuditAsync(), a => a.Action == "wycofanie publikacji" && a.Reason == "błąd w danych MOPR");
    }

    [Fact]
    public async Task Publishing_a_report_again_replaces_the_earlier_version()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        await PublishAsync(coordinator, "osiagniecie", 2018, withoutValues: true);
        var first = await PublicationIdAsync("osiagniecie", 2018);
        await PublishAsync(coordinator, "osiagniecie", 2018, withoutValues: true);
        var second = await PublicationIdAsync("osiagniecie", 2018);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Browser().GetAsync($"/publiczne/{first}/pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await web.Browser().GetAsync($"/publiczne/{second}/pdf", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_year_still_being_monitored_cannot_be_published()
    {
        await web.AssignedToMoprAsync(2040); // period 2040 open, MOPR has an item to report
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var page = await WebFactory.ParseAsync(await PublishAsync(coordinator, "realizacja", 2040));
        Assert.Contains("Monitoring 2040 jest w toku", page.QuerySelector(".error-summary")!.TextContent);
        using var scope = web.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<KierunekDb>().Publications.AnyAsync(p => p.Year == 2040, Ct));
    }

    [Theory]
    [InlineData("mopr@kierunek.local")]
    [InlineData("zatwierdzajacy@kierunek.local")]
    public async Task Only_coordinators_and_administrators_publish(string email)
    {
        var client = await web.SignedInAsync(email);
        var page = await WebFactory.ParseAsync(await client.GetAsync(Reports, Ct));
        Assert.Null(page.QuerySelector("#pub-rodzaj"));
        var response = await PublishAsync(client, "wnioski", 2017);
        Assert.StartsWith("/odmowa", response.Headers.Location?.PathAndQuery);
        using var scope = web.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<KierunekDb>().Publications.AnyAsync(p => p.Year == 2017, Ct));
    }

    [Fact]
    public async Task Every_refusal_has_its_code_and_publications_are_logged_without_the_person()
    {
        await web.AssignedToMoprAsync(2041); // period 2041 open
        using var scope = web.Services.CreateScope();
        var logger = new RecordingLogger<Publications>();
        var publications = ActivatorUtilities.CreateInstance<Publications>(scope.ServiceProvider, logger);
        const string who = "koordynator@kierunek.local";

        Refused(await publications.PublishAsync(Key, "nieznany", 2020, who, Ct), PublishingErrors.UnknownKindCode, "Wybierz rodzaj sprawozdania.", "rodzaj");
        Refused(await publications.PublishAsync(Key, "realizacja", 2041, who, Ct), PublishingErrors.MonitoringInProgressCode,
            "Monitoring 2041 jest w toku — opublikuj sprawozdanie, gdy wartości będą zatwierdzone, a okres zamknięty.", "rok");
        Refused(await publications.PublishAsync("nie-ma-takiej-strategii", "realizacja", 2020, who, Ct), PublishingErrors.DocumentNotFoundCode, "Nie ma takiej strategii.", null);
        Refused(await publications.PublishAsync(Key, "realizacja", 2022, who, Ct), PublishingErrors.YearOutsideStrategyCode,
            "Strategia obejmuje lata 2014–2020, a za 2022 r. nie prowadzono monitoringu: sprawozdanie nie miałoby żadnych danych tego roku. Wybierz rok z lat 2014–2020.", "rok");
        Refused(await publications.PublishAsync(Key, "osiagniecie", 2017, who, Ct), PublishingErrors.NoValuesForYearCode, PublishingErrors.NoValuesForYear(2017).Message, "rok");
        Refused(await publications.WithdrawAsync(1, " ", who, Ct), PublishingErrors.WithdrawalReasonMissingCode, "Podaj powód wycofania — zostanie zapisany w historii.", "powod");
        Refused(await publications.WithdrawAsync(-1, "powód", who, Ct), PublishingErrors.NotPublicCode, "Tej publikacji nie ma już w części publicznej.", null);

        var first = await publications.PublishAsync(Key, "wieloletni", 2016, who, Ct);
        var second = await publications.PublishAsync(Key, "wieloletni", 2016, who, Ct);
        Assert.True(first.Done && second.Done, first.Error?.Message ?? second.Error?.Message);
        Assert.True((await publications.WithdrawAsync(second.Publication!.Id, "test kodów", who, Ct)).Done);

        var lines = logger.Lines;
        // Every code but publishing.pdf-unavailable, which needs Chromium missing (Application.Tests: PublicationsTests).
        Assert.Equal([PublishingErrors.UnknownKindCode, PublishingErrors.MonitoringInProgressCode, PublishingErrors.DocumentNotFoundCode,
            PublishingErrors.YearOutsideStrategyCode, PublishingErrors.NoValuesForYearCode, PublishingErrors.WithdrawalReasonMissingCode, PublishingErrors.NotPublicCode], lines.Select(l => l.Values.GetValueOrDefault("Code")).OfType<string>());
        Assert.Equal([4001, 4001, 4002, 4003], lines.Where(l => l.Values.GetValueOrDefault("Code") is null).Select(l => l.Event.Id));
        var replaced = lines.Single(l => l.Event.Id == 4002);
        Assert.Equal((first.Publication!.Id, second.Publication.Id), ((int)replaced.Values["Earlier"]!, (int)replaced.Values["Publication"]!));
        Assert.All(lines, l => Assert.DoesNotContain("@", l.Text + string.Join(" ", l.Values.Values))); // no e-mail
    }

    private static void Refused(Publications.Outcome outcome, string code, string message, string? field)
    {
        Assert.False(outcome.Done);
        Assert.Equal((code, message, field), (outcome.Error!.Code, outcome.Error.Message, outcome.Error.Field));
    }

    /// <param name="withoutValues">Confirm publishing a year the document has no value of.</param>
    /// <summary>"Opublikuj" as the page sends it; when the request is accepted (a redirect to its progress page), the
    /// files are made in the background and this waits on that page, as a person would, until it says it is finished.</summary>
    private static async Task<HttpResponseMessage> PublishAsync(HttpClient client, string kind, int year, bool withoutValues = false)
    {
        var response = await WebFactory.PostFormAsync(client, Reports, new Dictionary<string, string> { ["rodzaj"] = kind, ["rok"] = year.ToString(), ["mimoBraku"] = withoutValues ? "true" : "false" },
            $"{Reports}?handler=Publish");
        if (response.Headers.Location?.OriginalString is { } progress && progress.Contains("/publikacja/", StringComparison.Ordinal)) await FinishedAsync(client, progress);
        return response;
    }

    /// <summary>The progress page once it no longer asks to be looked at again (the job is done or refused).</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FinishedAsync(HttpClient client, string progress)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var page = await WebFactory.ParseAsync(await client.GetAsync(progress, Ct));
            if (!page.QuerySelector("#postep")!.HasAttribute("data-refresh")) return page;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(90), "Publikacja nie skończyła się w 90 s.");
            await Task.Delay(100, Ct);
        }
    }

    [Fact]
    public async Task A_request_being_made_shows_the_formats_ready_and_asks_to_be_looked_at_again()
    {
        int id;
        using (var scope = web.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KierunekDb>();
            // A job another instance is making right now (started a moment ago, so this instance's round leaves it).
            var job = new Kierunek.Data.Publishing.PublishingJobRow
            {
                DocumentKey = Key, Kind = "osiagniecie", Year = 2019, RequestedBy = "koordynator@kierunek.local", RequestedAt = DateTimeOffset.UtcNow,
                State = Kierunek.Data.Publishing.PublishingJobState.Running, StartedAt = DateTimeOffset.UtcNow, FormatsDone = 2,
            };
            db.PublishingJobs.Add(job);
            await db.SaveChangesAsync(Ct);
            id = job.Id;
        }
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var page = await WebFactory.ParseAsync(await coordinator.GetAsync($"{Reports}/publikacja/{id}", Ct));
        var status = page.QuerySelector("#postep")!;
        Assert.Equal("2000", status.GetAttribute("data-refresh"));
        Assert.Contains("Przygotowano 2 z 4 plików (strona WWW (HTML), PDF); teraz: Word (DOCX).", status.TextContent);
        Assert.Equal("2", status.QuerySelector("progress")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#sprawdz a"));
        Assert.Contains("Pliki powstają w tle", page.QuerySelector("p.hint")!.TextContent);
    }

    [Fact]
    public async Task Publishing_is_followed_on_its_own_page_and_through_the_api_while_the_files_are_made()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var response = await WebFactory.PostFormAsync(coordinator, Reports, new Dictionary<string, string> { ["rodzaj"] = "wnioski", ["rok"] = "2016", ["mimoBraku"] = "false" },
            $"{Reports}?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var progress = response.Headers.Location!.OriginalString;
        Assert.Matches($"^/raporty/{Key}/publikacja/[0-9]+$", progress);
        var first = await WebFactory.ParseAsync(await coordinator.GetAsync(progress, Ct));
        Assert.Equal("Publikacja: Wnioski i rekomendacje, 2016 r.", first.QuerySelector("h1")!.TextContent);
        Assert.Equal("status", first.QuerySelector("#postep")!.GetAttribute("role"));
        var done = await FinishedAsync(coordinator, progress);
        Assert.StartsWith("Opublikowano (4 pliki: strona WWW (HTML), PDF, Word (DOCX), Excel (XLSX)).", done.QuerySelector("#postep")!.TextContent.Trim());
        Assert.Null(done.QuerySelector("#sprawdz"));
        Assert.DoesNotContain("powstają", done.QuerySelector("p.hint")!.TextContent); // made, not being made
        // Only those who publish follow a request; another strategy's address does not show it.
        Assert.Equal("odmowa", Security.Matrix.PageAnswer(await (await web.SignedInAsync("zatwierdzajacy@kierunek.local")).GetAsync(progress, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(progress.Replace(Key, "inna-strategia"), Ct)).StatusCode);

        var api = await web.ApiClientAsync("koordynator@kierunek.local");
        // A report no other test of this class publishes: they share one database, in an order xunit does not fix.
        var accepted = await api.PostAsJsonAsync($"/api/v1/strategie/{Key}/publikacje", new { rodzaj = "wieloletni", rok = 2014 }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = accepted.Headers.Location!.OriginalString;
        System.Text.Json.JsonElement state;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            state = await api.GetFromJsonAsync<System.Text.Json.JsonElement>(job, Ct);
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(90));
            await Task.Delay(100, Ct);
        }
        while (state.GetProperty("state").GetString() is "Waiting" or "Running");
        Assert.Equal(("Done", 4), (state.GetProperty("state").GetString(), state.GetProperty("formatsDone").GetInt32()));
        Assert.True(state.GetProperty("publicationId").GetInt32() > 0);

        var refused = await api.PostAsJsonAsync($"/api/v1/strategie/{Key}/publikacje", new { rodzaj = "realizacja", rok = 2015 }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(PublishingErrors.NoValuesForYearCode, (await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("code").GetString());
        var reporter = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsJsonAsync($"/api/v1/strategie/{Key}/publikacje", new { rodzaj = "wnioski", rok = 2016 }, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_year_without_any_value_is_published_only_when_the_coordinator_confirms_it()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var refused = await WebFactory.ParseAsync(await PublishAsync(coordinator, "realizacja", 2015));
        Assert.StartsWith("Dokument nie ma żadnej wartości wskaźników za 2015 r.", refused.QuerySelector(".error-summary")!.TextContent);
        Assert.NotNull(refused.QuerySelector("input[name=mimoBraku]"));
        Assert.Equal("2015", refused.QuerySelector("#pub-rok")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(coordinator, "realizacja", 2015, withoutValues: true)).StatusCode);
        await PublicationIdAsync("realizacja", 2015);
    }

    private async Task<int> PublicationIdAsync(string kind, int year)
    {
        using var scope = web.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KierunekDb>().Publications
            .Where(p => p.Kind == kind && p.Year == year && p.WithdrawnAt == null).Select(p => p.Id).SingleAsync(Ct);
    }

    private async Task<List<AuditRow>> AuditAsync()
    {
        using var scope = web.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<KierunekDb>().Audit.Where(a => a.Entity == "publication").ToListAsync(Ct);
    }

}
