using Kierunek.TestSupport;
using Kierunek.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using System.Text.RegularExpressions;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>Issue 15's acceptance as one campaign in a real browser, on 8 March 2022, a week before the deadline: the
/// coordinator opens 2021 and assigns all of Lublin's items in fewer than ten interactions; MOPR's reporter pastes its
/// values, fixes the one refused and submits them all with the action's own report; reminders go only to MUP (read
/// back from a real SMTP server), once that day; MUP answers with its Excel packet after one refused for a named
/// cell; the approver approves each institution in one action; the lock names what is missing and closes only when
/// told to; the 2021 report carries the year's own status, spending and description and the response sentence.
/// axe on every page.</summary>
public class CampaignAcceptanceTests
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_campaign_runs_from_opening_to_the_years_report_in_a_real_browser()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var clock = new OfficeClock(new DateTimeOffset(2022, 3, 8, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var app = new BrowserApp(new WebFactory { SmtpPort = smtp.Port, TestServices = s => s.AddSingleton<TimeProvider>(clock) });
        await app.InitializeAsync();

        // The coordinator: open 2021 with its deadline and give every item an institution.
        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GotoAsync($"/monitoring/{Key}");
        await app.AssertAccessibleAsync(coordinator);
        var interactions = 0;
        async Task Do(Func<Task> step) { interactions++; await step(); }
        await Do(() => coordinator.GetByLabel("Rok sprawozdawczy").FillAsync("2021"));
        await Do(() => coordinator.GetByLabel("Termin przekazania wartości (opcjonalnie)").FillAsync("2022-03-15"));
        await Do(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Otwórz okres" }).ClickAsync());
        await Do(() => coordinator.GetByRole(AriaRole.Link, new() { Name = "Przydziel pozycje instytucjom" }).ClickAsync());
        await Do(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Przydziel zaznaczone według propozycji" }).ClickAsync());
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Przydzielono ");
        await Do(() => coordinator.GetByLabel("Zaznacz lub odznacz wszystkie pokazane").CheckAsync());
        await Do(() => coordinator.Locator("#instytucja").SelectOptionAsync(new SelectOptionValue { Label = "Wydział Inicjatyw i Programów Społecznych" }));
        await Do(() => coordinator.GetByRole(AriaRole.Button, new() { Name = "Przydziel zaznaczone tej instytucji" }).ClickAsync());
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("bez instytucji: 0");
        await app.AssertAccessibleAsync(coordinator);
        Assert.True(interactions < 10, $"{interactions} interakcji");

        // MOPR's reporter: last year's values pasted as a column, one typed wrong, checked, fixed, all submitted.
        var mopr = await app.SignedInAsync("mopr@kierunek.local");
        await mopr.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        await Assertions.Expect(mopr.Locator("#termin")).ToHaveTextAsync("Termin przekazania: 15 marca 2022 r. (zostało 7 dni).");
        var rows = mopr.Locator("tr[id^=pole-]");
        var count = await rows.CountAsync();
        Assert.True(count >= 2, $"MOPR ma {count} wartości");
        var column = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var lastYear = (await rows.Nth(i).Locator("td").First.TextContentAsync())!.Trim();
            column.Add(lastYear == "–" ? "b.d." : lastYear);
        }
        // One typed wrong: words where last year had a number, without the comment that must explain it.
        var wrong = column.FindIndex(v => Regex.IsMatch(v, @"^\d[\d\s\u00A0]*$"));
        Assert.True(wrong >= 0, "żadna wartość MOPR z zeszłego roku nie jest liczbą");
        column[wrong] = "dane w opracowaniu";
        await BrowserSteps.PasteColumnAsync(mopr, column);
        await Assertions.Expect(mopr.Locator("#niezapisane")).ToContainTextAsync($"Wklejono {count} z {count} wierszy.");
        var action = mopr.Locator("tr.action-report").First;
        await action.GetByLabel("Stan realizacji").SelectOptionAsync("7");
        await action.GetByLabel("tak").CheckAsync();
        await action.GetByLabel("Wydatki ogółem w 2021 r.").FillAsync("12 500 zł");
        await action.GetByLabel("z budżetu gminy").FillAsync("w ramach działalności statutowej");
        await action.GetByLabel("Co zrobiono w 2021 r.").FillAsync("Zaktualizowano bank informacji o organizacjach pozarządowych.");
        await mopr.GetByRole(AriaRole.Button, new() { Name = "Sprawdź wszystkie" }).ClickAsync();
        await Assertions.Expect(mopr.Locator("#podsumowanie")).ToContainTextAsync("Nie przejdzie przy przekazaniu — 1 wartość");
        for (var i = 0; i < count; i++)
            await Assertions.Expect(rows.Nth(i).Locator("input[name^=wartosc]")).ToHaveValueAsync(column[i]);
        await Assertions.Expect(action.GetByLabel("Co zrobiono w 2021 r.")).ToHaveValueAsync("Zaktualizowano bank informacji o organizacjach pozarządowych.");
        await app.AssertAccessibleAsync(mopr);
        await BrowserApp.ScreenshotAsync(mopr, "akceptacja-tabela-sprawozdawcy", fullPage: false);
        await rows.Nth(wrong).Locator("input[name^=komentarz]").FillAsync("Sprawozdanie GUS za 2021 r. będzie w czerwcu.");
        await mopr.GetByRole(AriaRole.Button, new() { Name = "Przekaż wszystkie" }).ClickAsync();
        await Assertions.Expect(mopr.GetByRole(AriaRole.Status).First).ToContainTextAsync("Przekazano do zatwierdzenia:");
        await Assertions.Expect(mopr.Locator("input[name^=wartosc]:disabled")).ToHaveCountAsync(count);

        // The round of the mail scheduler: only MUP, which has not answered and has an account, is reminded — once today.
        var admin = await app.SignedInAsync("admin@kierunek.local");
        await admin.GotoAsync("/administracja/poczta");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zaplanuj dzisiejsze przypomnienia i wyślij teraz" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Zaplanowano przypomnienia: 1.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zaplanuj dzisiejsze przypomnienia i wyślij teraz" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Zaplanowano przypomnienia: 0.");
        await app.AssertAccessibleAsync(admin);
        var reminders = smtp.Received.Where(m => m.Subject?.StartsWith("Przypomnienie", StringComparison.Ordinal) == true).ToList();
        Assert.Equal("mup@kierunek.local", Assert.Single(reminders).To.Mailboxes.Single().Address);

        // MUP answers with its packet: one with a wrong cell is refused naming it and stores nothing, then the right one.
        var mup = await app.SignedInAsync("mup@kierunek.local");
        await mup.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        var mupCount = await mup.Locator("tr[id^=pole-]").CountAsync();
        await mup.GetByText("Wolę Excel: pobierz arkusz, wypełnij, wczytaj").ClickAsync();
        var download = await mup.RunAndWaitForDownloadAsync(() => mup.GetByRole(AriaRole.Link, new() { Name = "Pobierz arkusz z wartościami instytucji (.xlsx)" }).ClickAsync());
        var packet = await File.ReadAllBytesAsync(await download.PathAsync(), Ct);
        var filled = Enumerable.Range(7, mupCount).ToDictionary(row => $"G{row}", _ => "b.d.");
        await BrowserSteps.UploadPacketAsync(mup, FilledPacket.Fill(packet, new Dictionary<string, string>(filled) { ["G7"] = new string('9', 1001) }));
        await Assertions.Expect(mup.Locator("#bledy-arkusza")).ToContainTextAsync("Arkusz „Wartości”, komórka G7");
        await Assertions.Expect(mup.Locator("input[name^=wartosc]").First).ToHaveValueAsync("");
        await app.AssertAccessibleAsync(mup);
        await BrowserSteps.UploadPacketAsync(mup, FilledPacket.Fill(packet, filled));
        await Assertions.Expect(mup.GetByRole(AriaRole.Status).First).ToContainTextAsync("Wczytano arkusz: przekazano do zatwierdzenia");

        await coordinator.GotoAsync("/");
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("Dane przekazały 2 z");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "akceptacja-strona-startowa-koordynatora");

        // The approver: each institution's values in one decision; the lock names what is still missing.
        var approver = await app.SignedInAsync("zatwierdzajacy@kierunek.local");
        foreach (var institution in new[] { "miejski-osrodek-pomocy-rodzinie", "miejski-urzad-pracy" })
        {
            await approver.GotoAsync($"/monitoring/{Key}/2021?instytucja={institution}&zaznacz=przekazane#wartosci");
            await approver.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź zaznaczone" }).ClickAsync();
            await Assertions.Expect(approver.Locator("#potwierdzenie")).ToContainTextAsync("Zatwierdzić");
            await approver.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Potwierdzam") }).ClickAsync();
            await Assertions.Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync("Zatwierdzono:");
            while (await approver.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź realizację działania" }).CountAsync() > 0)
            {
                await approver.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź realizację działania" }).First.ClickAsync();
                await Assertions.Expect(approver.GetByRole(AriaRole.Status)).ToContainTextAsync("Zatwierdzono");
            }
        }
        await app.AssertAccessibleAsync(approver);
        await approver.GotoAsync($"/monitoring/{Key}/2021");
        await approver.GetByRole(AriaRole.Button, new() { Name = "Zamknij okres 2021", Exact = true }).ClickAsync();
        var blocking = approver.Locator("ul.blocking li");
        await Assertions.Expect(blocking.First).ToContainTextAsync("Wydział Inicjatyw i Programów Społecznych");
        await Assertions.Expect(approver.Locator("ul.blocking")).Not.ToContainTextAsync("Miejski Ośrodek Pomocy Rodzinie");
        Assert.StartsWith("#wartosc-", await blocking.First.Locator("a").GetAttributeAsync("href"));
        await app.AssertAccessibleAsync(approver);
        await approver.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Zamknij okres 2021 mimo braków") }).ClickAsync();
        await Assertions.Expect(approver.GetByRole(AriaRole.Status)).ToHaveTextAsync("Okres 2021 zamknięty; wartości nieprzekazane zostały poza sprawozdaniem.");

        // The year's report: its own status, spending and description, "nie przekazano" elsewhere, and who answered.
        await coordinator.GotoAsync($"/raporty/{Key}");
        await app.AssertAccessibleAsync(coordinator);
        var form = coordinator.GetByRole(AriaRole.Form, new() { Name = "Pobierz" });
        await form.GetByLabel("Rodzaj").SelectOptionAsync("realizacja");
        await form.GetByLabel("Rok").FillAsync("2021");
        await form.GetByLabel("Format").SelectOptionAsync("html");
        var report = await coordinator.RunAndWaitForDownloadAsync(() => form.GetByRole(AriaRole.Button, new() { Name = "Pobierz" }).ClickAsync());
        var text = TextOf(await File.ReadAllTextAsync(await report.PathAsync(), Ct));
        Assert.Contains("Stan realizacji: 7 – zrealizowano. Zaktualizowano bank informacji o organizacjach pozarządowych.", text);
        Assert.Contains("12 500", text);
        Assert.Contains("w ramach działalności statutowej", text);
        Assert.Contains("nie przekazano", text);
        Assert.Matches(new Regex(@"Dane przekazały 2 z \d+ instytucji \(\d+,\d%\); brak danych od: .*Wydział Inicjatyw i Programów Społecznych"), text);
    }

    /// <summary>The report page's text, tags and entities gone, spaces as one.</summary>
    private static string TextOf(string html) =>
        Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ");
}
