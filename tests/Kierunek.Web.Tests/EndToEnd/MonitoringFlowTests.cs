using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kierunek.Domain.Values;
using Kierunek.TestSupport;
using Microsoft.Playwright;
using ValueCells = Kierunek.Reports.Model.ValueCells;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>The yearly cycle in a real browser: the coordinator opens 2021 and gives three items to MOPR;
/// MOPR's reporter enters b.d., ok. 3 700 and a breakdown and submits; the coordinator returns one, the
/// reporter fixes it, the coordinator approves everything and locks the period; the Word report
/// downloaded afterwards holds the new values. axe-core checks every page on the way.</summary>
public class MonitoringFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Key = WebFactory.LublinKey;
    private static readonly string[] Values = ["b.d.", "ok. 3 700", "ogółem 120, w tym kobiety 70, mężczyźni 50"];

    [Fact]
    public async Task A_period_runs_from_assignment_to_a_locked_period_and_its_report()
    {
        var coordinator = await app.SignedInAsync("koordynator@kierunek.local");
        await coordinator.GotoAsync($"/monitoring/{Key}");
        await app.AssertAccessibleAsync(coordinator);
        await coordinator.GetByLabel("Rok sprawozdawczy").FillAsync("2021");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Otwórz okres" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("h1")).ToHaveTextAsync("Przegląd i zatwierdzanie — okres 2021");
        var positions = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var option = coordinator.Locator("#pozycja option", new() { HasTextString = "(1 wskaźnik)" }).First;
            positions.Add(await option.GetAttributeAsync("value") ?? "");
            await coordinator.Locator("#pozycja").SelectOptionAsync(positions[^1]);
            await coordinator.GetByLabel("Instytucja").SelectOptionAsync("miejski-osrodek-pomocy-rodzinie");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Przydziel" }).ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Przydzielono");
        }
        await app.AssertAccessibleAsync(coordinator);

        var reporter = await app.SignedInAsync("mopr@kierunek.local");
        await reporter.GotoAsync($"/monitoring/{Key}/2021/wprowadzanie");
        var tableRows = reporter.Locator("tr[id^=pole-]");
        await Assertions.Expect(tableRows).ToHaveCountAsync(3);
        await app.AssertAccessibleAsync(reporter);
        var names = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            names.Add((await tableRows.Nth(i).Locator("th").TextContentAsync())!.Trim());
            await tableRows.Nth(i).Locator("input[name^=wartosc]").FillAsync(Values[i]);
            await tableRows.Nth(i).Locator("input[name^=komentarz]").FillAsync("Dane z rejestru MOPR za 2021 r.");
        }
        // The first action's own year: how far it got, what was done, what it cost.
        var action = reporter.Locator("tr.action-report").First;
        await action.GetByLabel("Stan realizacji").SelectOptionAsync("7");
        await action.GetByLabel("tak").CheckAsync();
        await action.GetByLabel("Wydatki ogółem w 2021 r.").FillAsync("12 500 zł");
        await action.GetByLabel("z budżetu gminy").FillAsync("12 500 zł");
        await action.GetByLabel("Co zrobiono w 2021 r.").FillAsync("Zaktualizowano bank informacji o organizacjach.");
        // One check for the whole table: every value read back, every typed value still there.
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Sprawdź wszystkie" }).ClickAsync();
        await Assertions.Expect(reporter.Locator(".understood")).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++) await Assertions.Expect(tableRows.Nth(i).Locator("input[name^=wartosc]")).ToHaveValueAsync(Values[i]);
        await app.AssertAccessibleAsync(reporter);
        await BrowserApp.ScreenshotAsync(reporter, "wprowadzanie-wartosci");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Przekaż wszystkie" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Przekazano do zatwierdzenia: 3 wartości. Przekazano raporty działań: 1.");

        await coordinator.ReloadAsync();
        var approximate = coordinator.Locator("table.review tbody tr", new() { HasTextString = "ok. 3 700" });
        await approximate.GetByLabel("Co poprawić").FillAsync("Podaj dokładną liczbę z rejestru.");
        await approximate.GetByRole(AriaRole.Button, new() { Name = "Zwróć" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Zwrócono");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "przeglad-i-zatwierdzanie");
        await ApproveAllAsync(coordinator);

        await reporter.ReloadAsync();
        var returned = reporter.Locator("tr[id^=pole-]", new() { HasTextString = "Do poprawy: Podaj dokładną liczbę z rejestru." });
        await returned.Locator("input[name^=wartosc]").FillAsync("3 712");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Przekaż wszystkie" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToContainTextAsync("Przekazano do zatwierdzenia: 1 wartość.");

        await coordinator.ReloadAsync();
        await ApproveAllAsync(coordinator);
        // Approved values can be opened again for correction, each with its own labelled reason field.
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Otwórz do poprawy" })).ToHaveCountAsync(3);
        await app.AssertAccessibleAsync(coordinator);
        await coordinator.SetViewportSizeAsync(390, 844);
        await BrowserApp.ScreenshotAsync(coordinator, "przeglad-zatwierdzone-390px");
        await coordinator.SetViewportSizeAsync(1280, 900);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zamknij okres 2021" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Okres 2021 zamknięty.");

        await coordinator.GotoAsync($"/pulpit/{Key}?rok=2021");
        // attainment, completeness, and the money the approved action report says was spent in 2021
        await Assertions.Expect(coordinator.Locator("figure.chart svg[role=img]")).ToHaveCountAsync(3);
        await Assertions.Expect(coordinator.Locator("#odpowiedzi")).ToHaveTextAsync("Dane przekazała 1 z 1 instytucji (100,0%).");
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "pulpit");

        await coordinator.GotoAsync($"/raporty/{Key}");
        await app.AssertAccessibleAsync(coordinator);
        var downloadForm = coordinator.GetByRole(AriaRole.Form, new() { Name = "Pobierz" });
        await downloadForm.GetByLabel("Rodzaj").SelectOptionAsync("realizacja");
        await downloadForm.GetByLabel("Rok").FillAsync("2021");
        await downloadForm.GetByLabel("Format").SelectOptionAsync("docx");
        var download = await coordinator.RunAndWaitForDownloadAsync(() => downloadForm.GetByRole(AriaRole.Button, new() { Name = "Pobierz" }).ClickAsync());
        using var file = new TemporaryFile(".docx");
        await download.SaveAsAsync(file.Path);

        // In the report, each indicator's row holds the value approved for it.
        using var word = WordprocessingDocument.Open(file.Path, false);
        var rows = word.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))))).ToList())
            .ToList();
        string[] approved = ["b.d.", "3 712", Values[2]];
        for (var i = 0; i < 3; i++)
        {
            var expected = ValueCells.Of(new RecordedValue(approved[i], ValueReader.Read(approved[i]).Reading!));
            var expectedText = string.Join("\n", new[] { expected.Text }.Concat(expected.Items.Select(item => "• " + item)).Where(t => t.Length > 0));
            var row = rows.First(r => r.Count == 12 && r[9] == names[i]);
            Assert.Equal(expectedText, row[10]);
        }
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.StartsWith("ok. 3\u00A0700", StringComparison.Ordinal)); // the returned value never reached the report

        // The locked year's report goes to the public area, where the public reader finds and reads it.
        var publishForm = coordinator.GetByRole(AriaRole.Form, new() { Name = "Opublikuj sprawozdanie" });
        await publishForm.GetByLabel("Rodzaj").SelectOptionAsync("realizacja");
        await publishForm.GetByLabel("Rok").FillAsync("2021");
        await publishForm.GetByRole(AriaRole.Button, new() { Name = "Opublikuj" }).ClickAsync();
        // The files are made in the background; the request's own page follows them and says when they are published.
        await Assertions.Expect(coordinator.Locator("h1")).ToHaveTextAsync("Publikacja: Sprawozdanie z realizacji zadań (koszty, sumy celów), 2021 r.");
        await app.AssertAccessibleAsync(coordinator);
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Opublikowano");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Sprawdź stan" })).ToHaveCountAsync(0);
        await Assertions.Expect(coordinator.Locator("main")).Not.ToContainTextAsync("powstają w tle"); // made, not being made
        await app.AssertAccessibleAsync(coordinator);
        await BrowserApp.ScreenshotAsync(coordinator, "publikacja-gotowa");
        // On a phone the page reads without scrolling sideways.
        await coordinator.SetViewportSizeAsync(390, 844);
        await app.AssertAccessibleAsync(coordinator);
        Assert.True(await coordinator.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        await BrowserApp.ScreenshotAsync(coordinator, "publikacja-gotowa-390");
        await coordinator.SetViewportSizeAsync(1280, 900);

        var reader = await app.SignedInAsync("czytelnik@kierunek.local");
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("Sprawozdanie z realizacji zadań za 2021 r.");
        await app.AssertAccessibleAsync(reader);
        await BrowserApp.ScreenshotAsync(reader, "opublikowane-sprawozdania");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Czytaj w przeglądarce" }).First.ClickAsync();
        await Assertions.Expect(reader.Locator("h1")).ToContainTextAsync("Sprawozdanie");
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("3\u00A0712");
        await app.AssertAccessibleAsync(reader);

        // The item's one history: the approved 2021 value beside the document's years, marked as monitoring's.
        await reader.GotoAsync($"/strategie/{Key}/pozycje/{positions[1]}");
        var indicators = reader.Locator("table.list", new() { HasTextString = "Wskaźniki i ich wartości w latach" });
        await Assertions.Expect(indicators.Locator("thead")).ToContainTextAsync("2021");
        await Assertions.Expect(indicators.Locator("tbody td", new() { HasTextString = "3\u00A0712" })).ToContainTextAsync("m");
        await Assertions.Expect(indicators.Locator("caption")).ToContainTextAsync("z monitoringu");
        await app.AssertAccessibleAsync(reader);
        await BrowserApp.ScreenshotAsync(reader, "pozycja-jedna-historia");
    }

    /// <summary>Every submitted value in one decision (tick all, approve, confirm the count), then each action report.</summary>
    private async Task ApproveAllAsync(IPage coordinator)
    {
        await coordinator.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^zaznacz wszystkie przekazane") }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź zaznaczone" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#potwierdzenie")).ToContainTextAsync("Zatwierdzić");
        await app.AssertAccessibleAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Potwierdzam") }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Zatwierdzono:");
        while (await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź realizację działania" }).CountAsync() > 0)
        {
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź realizację działania" }).First.ClickAsync();
            await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Zatwierdzono");
        }
    }
}
