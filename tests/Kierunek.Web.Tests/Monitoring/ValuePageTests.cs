using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kierunek.Web.Tests.Monitoring;

/// <summary>A value's own page: the reviewer's return reason opens its conversation and the reporter answers with a
/// plain form; source documents are checked by content, stored with an audit row and given back only as downloads,
/// only to the institution and the reviewers; the print view shows what the institution handed in.</summary>
public class ValuePageTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private async Task<int> ReturnedToMoprAsync(int year, string reason)
    {
        var entry = await web.AssignedToMoprAsync(year);
        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "84", comment = "", version = 0, submit = true }, Ct)).StatusCode);
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/wartosci/{entry}/zwrot", new { version = 1, reason }, Ct)).StatusCode);
        return entry;
    }

    [Fact]
    public async Task The_return_reason_opens_the_conversation_and_the_reporter_answers_without_script()
    {
        var entry = await ReturnedToMoprAsync(2061, "Proszę podać liczbę osób, nie rodzin.");
        var path = $"/monitoring/{Key}/2061/wartosc/{entry}";
        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var table = await WebFactory.ParseAsync(await mopr.GetAsync($"/monitoring/{Key}/2061/wprowadzanie", Ct));
        Assert.Equal("Rozmowa i pliki (1)", table.QuerySelector($"a[href='{path}']")!.TextContent);

        var page = await WebFactory.ParseAsync(await mopr.GetAsync(path, Ct));
        var first = page.QuerySelector("ol.conversation li")!;
        Assert.Equal("from-reviewer", first.ClassName);
        Assert.Contains("Krzysztof Koordynator (zespół ds. strategii) · sprawdzanie danych", first.TextContent);
        Assert.Contains("Proszę podać liczbę osób, nie rodzin.", first.TextContent);
        Assert.Contains("zwrócono do poprawy: Proszę podać liczbę osób, nie rodzin.", page.QuerySelector("details.history")!.TextContent);

        var answered = await WebFactory.PostFormAsync(mopr, path, new Dictionary<string, string> { ["wiadomosc"] = "To liczba osób: 84 osoby w 31 rodzinach." }, $"{path}?handler=Message");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var thread = await (await web.ApiClientAsync("koordynator@kierunek.local")).GetFromJsonAsync<JsonElement>($"/api/v1/wartosci/{entry}/rozmowa", Ct);
        var messages = thread.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal(("Maria Sprawozdawczyni (MOPR), Miejski Ośrodek Pomocy Rodzinie", false, "To liczba osób: 84 osoby w 31 rodzinach."),
            (messages[1].GetProperty("who").GetString(), messages[1].GetProperty("fromReviewer").GetBoolean(), messages[1].GetProperty("text").GetString()));

        var empty = await WebFactory.PostFormAsync(mopr, path, new Dictionary<string, string> { ["wiadomosc"] = "   " }, $"{path}?handler=Message");
        Assert.Contains("Wpisz treść wiadomości.", (await WebFactory.ParseAsync(empty)).QuerySelector(".error-summary")!.TextContent);

        var mup = await web.SignedInAsync("mup@kierunek.local");
        Assert.Equal(HttpStatusCode.NotFound, (await mup.GetAsync(path, Ct)).StatusCode);
        var mupApi = await web.ApiClientAsync("mup@kierunek.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await mupApi.GetAsync($"/api/v1/wartosci/{entry}/rozmowa", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mupApi.PostAsJsonAsync($"/api/v1/wartosci/{entry}/rozmowa", new { text = "obca" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_source_document_is_checked_by_its_contents_and_served_only_as_a_download_to_the_institution_and_reviewers()
    {
        var entry = await ReturnedToMoprAsync(2062, "Brak dokumentu źródłowego.");
        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        var renamed = await mopr.PostAsync($"/api/v1/wartosci/{entry}/zalaczniki", File("lista.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, renamed.StatusCode);
        var problem = await renamed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("monitoring.attachment", "plik"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Contains("„lista.pdf” nie jest plikiem PDF", problem.GetProperty("detail").GetString());
        var script = await mopr.PostAsync($"/api/v1/wartosci/{entry}/zalaczniki", File("strona.html", "<script>alert(1)</script>"u8.ToArray()), Ct);
        Assert.Contains("Dozwolone: PDF, DOCX", (await script.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());

        var added = await mopr.PostAsync($"/api/v1/wartosci/{entry}/zalaczniki", File("C:\\Dokumenty\\lista uczestników.pdf", Pdf), Ct);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var files = await mopr.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{Key}/2062/zalaczniki", Ct);
        Assert.Equal("lista uczestników.pdf", Assert.Single(files.EnumerateArray()).GetProperty("fileName").GetString());

        var reviewer = await web.SignedInAsync("zatwierdzajacy@kierunek.local");
        var download = await reviewer.GetAsync($"/monitoring/zalaczniki/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("sandbox; default-src 'none'", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        var page = await WebFactory.ParseAsync(await reviewer.GetAsync($"/monitoring/{Key}/2062/wartosc/{entry}", Ct));
        Assert.Contains("lista uczestników.pdf", page.QuerySelector("#pliki + ul")!.TextContent);

        Assert.Equal(HttpStatusCode.NotFound, (await (await web.SignedInAsync("mup@kierunek.local")).GetAsync($"/monitoring/zalaczniki/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await web.ApiClientAsync("mup@kierunek.local")).GetAsync($"/api/v1/zalaczniki/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_print_view_shows_what_the_institution_handed_in_and_a_reporter_only_their_own()
    {
        var entry = await ReturnedToMoprAsync(2063, "Proszę o komentarz.");
        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "91", comment = "wzrost: nowy program", version = 2, submit = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mopr.PostAsync($"/api/v1/monitoring/{Key}/2063/zalaczniki", File("sprawozdanie.pdf", Pdf), Ct)).StatusCode);

        var reporter = await web.SignedInAsync("mopr@kierunek.local");
        var print = await WebFactory.ParseAsync(await reporter.GetAsync($"/monitoring/{Key}/2063/wydruk?instytucja=miejski-urzad-pracy", Ct));
        Assert.Contains("Miejski Ośrodek Pomocy Rodzinie", print.QuerySelector("p.meta")!.TextContent); // the address cannot show another institution
        var row = print.QuerySelector("table.print tbody tr")!.TextContent;
        Assert.Contains("91", row);
        Assert.Contains("wzrost: nowy program", row);
        Assert.Contains("przekazana", row);
        Assert.Contains("Maria Sprawozdawczyni (MOPR)", row);
        Assert.Contains("sprawozdanie.pdf", print.QuerySelector("main")!.TextContent);
        Assert.Contains("(do całego przekazania)", print.QuerySelector("main")!.TextContent);

        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var unnamed = await coordinator.GetAsync($"/monitoring/{Key}/2063/wydruk", Ct);
        Assert.Equal(HttpStatusCode.Redirect, unnamed.StatusCode);
        var named = await WebFactory.ParseAsync(await coordinator.GetAsync($"/monitoring/{Key}/2063/wydruk?instytucja=miejski-osrodek-pomocy-rodzinie", Ct));
        Assert.Contains("91", named.QuerySelector("table.print")!.TextContent);
    }

    [Fact]
    public async Task Once_the_period_is_locked_nothing_more_is_added_but_everything_stays_readable()
    {
        var entry = await ReturnedToMoprAsync(2064, "Do poprawy.");
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.OK, (await mopr.PutAsJsonAsync($"/api/v1/wartosci/{entry}", new { value = "85", comment = "", version = 2, submit = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/wartosci/{entry}/zatwierdzenie", new { version = 3 }, Ct)).StatusCode);
        var reviewer = await web.SignedInAsync("koordynator@kierunek.local");
        var review = $"/monitoring/{Key}/2064";
        Assert.Equal(HttpStatusCode.Redirect, (await WebFactory.PostFormAsync(reviewer, review, new Dictionary<string, string>(), $"{review}?handler=Lock")).StatusCode);

        var refused = await mopr.PostAsJsonAsync($"/api/v1/wartosci/{entry}/rozmowa", new { text = "po zamknięciu" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await mopr.PostAsync($"/api/v1/wartosci/{entry}/zalaczniki", File("a.pdf", Pdf), Ct)).StatusCode);
        var page = await WebFactory.ParseAsync(await (await web.SignedInAsync("mopr@kierunek.local")).GetAsync($"/monitoring/{Key}/2064/wartosc/{entry}", Ct));
        Assert.Contains("Do poprawy.", page.QuerySelector("ol.conversation")!.TextContent);
        Assert.Null(page.QuerySelector("#wiadomosc"));
    }

    private static MultipartFormDataContent File(string name, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "plik", name);
        return form;
    }
}
