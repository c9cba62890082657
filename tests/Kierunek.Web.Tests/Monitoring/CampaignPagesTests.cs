using Kierunek.Domain.Monitoring;
using System.Net;

namespace Kierunek.Web.Tests.Monitoring;

/// <summary>A period's campaign in the browser without scripts: the coordinator opens a period with a deadline, sets
/// the days after it and a message, extends one institution's deadline with a reason (a refused date keeps what was
/// typed); the reporter reads the deadline, the days left and the message; after the deadline entry closes.</summary>
public class CampaignPagesTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_period_opened_with_a_deadline_shows_it_and_an_extension_is_granted_with_its_reason()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var periods = $"/monitoring/{Key}";
        var opened = await coordinator.PostAsync(periods, Form(await WebFactory.TokenAsync(coordinator, periods), new()
        {
            ["Year"] = "2090", ["Deadline"] = "2091-03-15", ["GraceDays"] = "5", ["Message"] = "Pytania: Wydział Polityki Społecznej, tel. 81 466 55 00.",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var list = await WebFactory.ParseAsync(await coordinator.GetAsync(periods, Ct));
        Assert.Contains("15 marca 2091 r.", list.QuerySelector("table.list")!.TextContent);

        // Items go to MOPR through the review page (the factory's helper opens another year, so assign here by hand).
        var settings = $"/monitoring/{Key}/2090/ustawienia";
        var page = await WebFactory.ParseAsync(await coordinator.GetAsync(settings, Ct));
        Assert.Equal("2091-03-15", page.QuerySelector("#termin")!.GetAttribute("value"));
        Assert.Equal("5", page.QuerySelector("#karencja")!.GetAttribute("value"));
        Assert.Contains("Żadna instytucja nie ma jeszcze pozycji", page.QuerySelector("main")!.TextContent);

        var refused = await WebFactory.ParseAsync(await coordinator.PostAsync(settings + "?handler=Settings", Form(await WebFactory.TokenAsync(coordinator, settings), new()
        {
            ["termin"] = "31.02.2091", ["karencja"] = "5", ["wiadomosc"] = "nowa",
        }), Ct));
        Assert.Contains("Nie rozpoznano daty „31.02.2091”", refused.QuerySelector("#blad-ustawienia")!.TextContent);
        Assert.Equal("true", refused.QuerySelector("#termin")!.GetAttribute("aria-invalid"));
        Assert.Equal("31.02.2091", refused.QuerySelector("#termin")!.GetAttribute("value"));
        Assert.Equal("nowa", refused.QuerySelector("#wiadomosc")!.TextContent);
    }

    [Fact]
    public async Task A_reporter_reads_the_deadline_its_extension_and_the_message()
    {
        await web.AssignedToMoprAsync(2091);
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var settings = $"/monitoring/{Key}/2091/ustawienia";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostAsync(settings + "?handler=Settings", Form(await WebFactory.TokenAsync(coordinator, settings), new()
        {
            ["termin"] = "15.03.2092", ["karencja"] = "0", ["wiadomosc"] = "Prosimy o dane z rejestru świadczeń.",
        }), Ct)).StatusCode);

        var notLater = await WebFactory.ParseAsync(await coordinator.PostAsync(settings + "?handler=Extend", Form(await WebFactory.TokenAsync(coordinator, settings), new()
        {
            ["instytucja"] = "miejski-osrodek-pomocy-rodzinie", ["nowyTermin"] = "2092-03-01", ["powod"] = "zmiana systemu dziedzinowego",
        }), Ct));
        Assert.Contains("Nowy termin musi być późniejszy niż termin okresu (15 marca 2092 r.)", notLater.QuerySelector("#blad-przedluzenie")!.TextContent);
        Assert.Equal("zmiana systemu dziedzinowego", notLater.QuerySelector("#powod")!.GetAttribute("value"));
        Assert.Equal("true", notLater.QuerySelector("#nowy-termin")!.GetAttribute("aria-invalid"));

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostAsync(settings + "?handler=Extend", Form(await WebFactory.TokenAsync(coordinator, settings), new()
        {
            ["instytucja"] = "miejski-osrodek-pomocy-rodzinie", ["nowyTermin"] = "2092-04-30", ["powod"] = "zmiana systemu dziedzinowego",
        }), Ct)).StatusCode);
        var extensions = await WebFactory.ParseAsync(await coordinator.GetAsync(settings, Ct));
        Assert.Contains("30 kwietnia 2092 r.", extensions.QuerySelector("table.list")!.TextContent);
        Assert.Contains("(przedłużony)", (await WebFactory.ParseAsync(await coordinator.GetAsync($"/monitoring/{Key}/2091", Ct))).QuerySelector("table.list")!.TextContent);

        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var entry = await WebFactory.ParseAsync(await mopr.GetAsync($"/monitoring/{Key}/2091/wprowadzanie", Ct));
        var deadline = entry.QuerySelector("#termin")!.TextContent.Replace('\u00A0', ' ');
        // The verb agrees with the count, which depends on today: "zostały 23 dni", "zostało 25 dni".
        Assert.Matches(@"^Termin przekazania: 30 kwietnia 2092 r\. \((zostały|zostało) [\d ]+ dni, przedłużony dla instytucji: zmiana systemu dziedzinowego\)\.$", deadline);
        Assert.Equal("Prosimy o dane z rejestru świadczeń.", entry.QuerySelector(".campaign-message p")!.TextContent);
        Assert.Null(entry.QuerySelector("input[name^=wartosc]")!.GetAttribute("disabled"));
    }

    [Fact]
    public async Task After_the_deadline_the_reporter_can_no_longer_enter_values()
    {
        var entryId = await web.AssignedToMoprAsync(2026);
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var settings = $"/monitoring/{Key}/2026/ustawienia";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostAsync(settings + "?handler=Settings", Form(await WebFactory.TokenAsync(coordinator, settings), new()
        {
            ["termin"] = "2026-01-10", ["karencja"] = "0", ["wiadomosc"] = "",
        }), Ct)).StatusCode);

        var mopr = await web.SignedInAsync("mopr@kierunek.local");
        var path = $"/monitoring/{Key}/2026/wprowadzanie";
        var page = await WebFactory.ParseAsync(await mopr.GetAsync(path, Ct));
        Assert.Contains("wprowadzanie zamknięte", page.QuerySelector("#termin")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#wartosc-{entryId}")!.GetAttribute("disabled"));
        Assert.Empty(page.QuerySelectorAll("form#wartosci button"));

        // A form kept open from before (or a hand-made request) is refused by the service, not only hidden.
        var posted = await WebFactory.ParseAsync(await mopr.PostAsync(path, Form(await WebFactory.TokenAsync(mopr, path), new()
        {
            [$"wartosc[{entryId}]"] = "12", [$"komentarz[{entryId}]"] = "", [$"wersja[{entryId}]"] = "0", ["akcja"] = "zapisz",
        }), Ct));
        Assert.Contains("Termin przekazania minął 10 stycznia 2026 r.", posted.QuerySelector($"#bledy-{entryId}")!.TextContent);
    }

    [Fact]
    public async Task The_scale_page_keeps_what_was_typed_and_marks_the_step_that_is_missing()
    {
        var coordinator = await web.SignedInAsync("koordynator@kierunek.local");
        var path = $"/monitoring/{Key}/skala";
        var page = await WebFactory.ParseAsync(await coordinator.GetAsync(path, Ct));
        Assert.Equal(ProgressScale.Default.Labels, page.QuerySelectorAll("input[name=krok]").Select(i => i.GetAttribute("value")));

        var token = await WebFactory.TokenAsync(coordinator, path);
        string[] typed = ["brak", "plan", "", "w toku", "połowa", "prawie", "koniec"];
        var refused = await WebFactory.ParseAsync(await coordinator.PostAsync(path, new FormUrlEncodedContent(
            typed.Select(t => new KeyValuePair<string, string>("krok", t)).Append(new("__RequestVerificationToken", token))), Ct));
        Assert.Equal("Podaj nazwę kroku 3.", refused.QuerySelector("#blad-skali")!.TextContent);
        Assert.Equal("true", refused.QuerySelector("#krok-3")!.GetAttribute("aria-invalid"));
        Assert.Equal("połowa", refused.QuerySelector("#krok-5")!.GetAttribute("value"));
    }

    private static FormUrlEncodedContent Form(string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(fields);
    }

}
