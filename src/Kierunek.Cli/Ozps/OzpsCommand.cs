using Kierunek.Application.Ozps;
using Kierunek.Data;
using Kierunek.Data.Ozps;
using Kierunek.Domain.Language;
using Kierunek.Domain.Ozps;
using Kierunek.Domain.Ozps.Checks;
using Kierunek.Domain.Ozps.Narrative;
using Kierunek.Domain.Ozps.Synthetic;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;
using Kierunek.Reports.Ozps;
using System.CommandLine;

namespace Kierunek.Cli.Ozps;

/// <summary>kierunek ozps …: the assessment of social-welfare resources (art. 16a): the template, importing
/// documents and CSV files, checking the rules.</summary>
public static class OzpsCommand
{
    public static Command Create(TimeProvider clock)
    {
        var command = new Command("ozps", "Ocena zasobów pomocy społecznej: wzór tabel, import, kontrola");
        command.Subcommands.Add(TemplateCommand());
        command.Subcommands.Add(ImportCommand(clock));
        command.Subcommands.Add(CheckCommand(clock));
        command.Subcommands.Add(GenerateCommand(clock));
        command.Subcommands.Add(RegionCommand(clock));
        command.Subcommands.Add(ReportCommand(clock));
        return command;
    }

    private static Command ReportCommand(TimeProvider clock)
    {
        var unit = new Argument<string>("jednostka") { Description = "Kod TERYT zapisanej gminy albo plik oceny (jak seed 003)" };
        var year = new Option<int>("--year") { Description = "Rok oceny", Required = true };
        var format = new Option<string>("--format") { Description = "docx (domyślnie), pdf, html albo xlsx", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "pdf", "html", "xlsx");
        var output = new Option<FileInfo>("--out") { Description = "Plik wynikowy", Required = true };
        var sentences = new Option<FileInfo?>("--zdania") { Description = "Własny plik zdań opisu (kopia Templates/narracja-2019.json po edycji)" };
        var conclusions = new Option<FileInfo?>("--wnioski") { Description = "Wnioski zespołu: plik tekstowy, akapit w wierszu; bez niego — propozycje wniosków" };
        var db = Documents.DbOption();
        var command = new Command("report", "Dokument oceny zasobów pomocy społecznej gminy: tabele, wskaźniki, warunek kadrowy, porównania, barometr, opis i wnioski") { unit, year, format, output, sentences, conclusions, db };
        command.SetAction((p, ct) => ReportAsync(p.GetValue(unit)!, p.GetValue(year), p.GetValue(format)!, p.GetValue(output)!, p.GetValue(sentences), p.GetValue(conclusions), p.GetValue(db), clock, ct));
        return command;
    }

    public static async Task<int> ReportAsync(string unit, int year, string format, FileInfo output, FileInfo? sentences, FileInfo? conclusions, string? db, TimeProvider clock, CancellationToken ct)
    {
        OzpsUnitData? data;
        IReadOnlyList<OzpsUnitData> region;
        await using (var context = Database.Open(db))
        {
            var store = new OzpsStore(context, TercFile.Register, clock);
            if (Directory.Exists(unit)) return Output.Errors([InputFiles.NotAFile(unit)!], json: false);
            if (File.Exists(unit))
            {
                var read = OzpsImporter.ReadFile(unit);
                if (!read.IsSuccess) return Output.Errors(read.Errors, json: false);
                if (read.Value!.Units.Count != 1) return Output.Errors([new Error(new SourceLocation(unit), OzpsErrors.SeveralUnits, "Plik zawiera dane kilku jednostek — podaj kod TERYT gminy zapisanej w bazie.")], json: false);
                data = read.Value.Units[0];
            }
            else data = await store.LoadAsync(unit, ct);
            if (data is null) return Output.Errors([new Error(new SourceLocation(unit), OzpsErrors.NoData, $"Nie ma pliku „{unit}” ani zapisanych danych OZPS jednostki o tym kodzie TERYT.")], json: false);
            region = await store.LoadRegionAsync(data.Unit.Code[..2], ct);
        }
        var file = NarrativeFile.Load();
        if (sentences is not null)
        {
            if (!sentences.Exists)
                return Output.Errors([new Error(new SourceLocation(sentences.Name), OzpsErrors.BadSentences, $"Nie ma pliku zdań „{sentences.FullName}”.")], json: false);
            var edited = NarrativeFile.Parse(await File.ReadAllTextAsync(sentences.FullName, ct), sentences.FullName);
            if (!edited.IsSuccess) return Output.Errors(edited.Errors, json: false);
            file = edited.Value!;
        }
        var team = conclusions is null ? null : (await File.ReadAllLinesAsync(conclusions.FullName, ct)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var report = OzpsUnitReport.Build(data, region, OzpsTemplate.ForYear(year), year, file, team);
        if (await Output.WriteReportAsync(report, format, output, clock, ct) is { } failed) return failed;
        Console.WriteLine($"{report.Title}{(data.Synthetic ? " (dane syntetyczne)" : "")} → {output.FullName}");
        return ExitCodes.Success;
    }

    private static Command RegionCommand(TimeProvider clock)
    {
        var region = new Argument<string>("region") { Description = "Kod TERYT województwa (np. 06) albo powiatu (np. 0608)" };
        var year = new Option<int>("--year") { Description = "Rok oceny", Required = true };
        var format = new Option<string>("--format") { Description = "xlsx (domyślnie), docx, html albo pdf", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "docx", "html", "pdf");
        var output = new Option<FileInfo>("--out") { Description = "Plik wynikowy", Required = true };
        var db = Documents.DbOption();
        var command = new Command("region", "Zestawienie regionalne dla ROPS: wskaźniki, warunek kadrowy i barometr każdej gminy, średnie powiatów i województwa, ranking") { region, year, format, output, db };
        command.SetAction((p, ct) => RegionAsync(p.GetValue(region)!, p.GetValue(year), p.GetValue(format)!, p.GetValue(output)!, p.GetValue(db), clock, ct));
        return command;
    }

    public static async Task<int> RegionAsync(string region, int year, string format, FileInfo output, string? db, TimeProvider clock, CancellationToken ct)
    {
        IReadOnlyList<OzpsUnitData> units;
        await using (var context = Database.Open(db))
            units = await new OzpsStore(context, TercFile.Register, clock).LoadRegionAsync(region.Length >= 2 ? region[..2] : region, ct); // the barometer needs the whole voivodeship
        if (!units.Any(u => u.Unit.Code.StartsWith(region, StringComparison.Ordinal)))
            return Output.Errors([new Error(new SourceLocation(region), OzpsErrors.NoData, $"W bazie nie ma danych OZPS gmin o kodzie TERYT zaczynającym się od „{region}” (ozps import albo ozps generate).")], json: false);
        var report = OzpsRegionReport.Build(region, units, TercFile.Register, OzpsTemplate.ForYear(year), year);
        if (await Output.WriteReportAsync(report, format, output, clock, ct) is { } failed) return failed;
        Console.WriteLine($"{report.Title}: {units.Count(u => u.Unit.IsGmina && u.Unit.Code.StartsWith(region, StringComparison.Ordinal))} gmin{(units.Any(u => u.Synthetic) ? " (dane syntetyczne)" : "")} → {output.FullName}");
        return ExitCodes.Success;
    }

    private static Command GenerateCommand(TimeProvider clock)
    {
        var region = new Option<string>("--region") { Description = "Kod TERYT województwa (np. 06) albo powiatu; „kraj” — wszystkie gminy", DefaultValueFactory = _ => "06" };
        var years = new Option<string>("--years") { Description = "Lata, np. 2014-2019 (ostatni = rok oceny, dochodzi prognoza na następny)", DefaultValueFactory = _ => "2014-2019" };
        var seed = new Option<int>("--seed") { Description = "Ziarno: te same dane przy tym samym ziarnie", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo?>("--out") { Description = "Zapisz do pliku CSV zamiast do bazy" };
        var db = Documents.DbOption();
        var command = new Command("generate", "Tworzy syntetyczne (oznaczone) dane OZPS wszystkich gmin regionu — do pokazu i pomiarów") { region, years, seed, output, db };
        command.SetAction((p, ct) => GenerateAsync(p.GetValue(region)!, p.GetValue(years)!, p.GetValue(seed), p.GetValue(output), p.GetValue(db), clock, ct));
        return command;
    }

    public static async Task<int> GenerateAsync(string region, string years, int seed, FileInfo? output, string? db, TimeProvider clock, CancellationToken ct)
    {
        if (Years(years) is not var (from, to)) return Output.Errors([new Error(new SourceLocation("--years"), OzpsErrors.BadYears, $"„{years}” nie jest zakresem lat (np. 2014-2019).")], json: false);
        var prefix = region.Equals("kraj", StringComparison.OrdinalIgnoreCase) || region.Equals("PL", StringComparison.OrdinalIgnoreCase) ? "" : region;
        var units = OzpsGenerator.Generate(TercFile.Register, prefix, from, to, seed, OzpsTemplate.ForYear(to));
        if (units.Count == 0) return Output.Errors([new Error(new SourceLocation("--region"), OzpsErrors.UnknownUnit, $"W rejestrze TERC nie ma gmin o kodzie zaczynającym się od „{region}”.")], json: false);
        if (output is not null)
        {
            await using var writer = new StreamWriter(output.FullName);
            OzpsCsvWriter.Write(units, writer, $"region {region}, lata {from}–{to}, ziarno {seed}");
            Console.WriteLine($"Zapisano dane syntetyczne {units.Count} gmin do {output.FullName}.");
            return ExitCodes.Success;
        }
        await using var context = Database.Open(db);
        var saved = await new OzpsStore(context, TercFile.Register, clock).SaveAsync(units, Documents.User, ct);
        Console.WriteLine($"Zapisano dane syntetyczne {units.Count} gmin (lata {from}–{to}, ziarno {seed}): nowe wartości {saved.Added}, zmienione {saved.Changed}.");
        return ExitCodes.Success;
    }

    /// <summary>"2014-2019" → (2014, 2019); "2019" → (2019, 2019).</summary>
    private static (int From, int To)? Years(string text)
    {
        var parts = text.Split('-', '–');
        return parts.Length is 1 or 2 && int.TryParse(parts[0], out var from) && int.TryParse(parts[^1], out var to) && from <= to && from > 1990 && to < 2100 ? (from, to) : null;
    }

    private static Command TemplateCommand()
    {
        var json = new Option<bool>("--json") { Description = "Wzór w formacie JSON (tabele, wiersze, reguły)" };
        var year = new Option<int>("--rok") { Description = "Rok oceny (domyślnie najnowszy wzór)", DefaultValueFactory = _ => 9999 };
        var command = new Command("template", "Wypisuje tabele wzoru OZPS z kodami wierszy (do plików CSV)") { json, year };
        command.SetAction(p => Template(p.GetValue(json), p.GetValue(year)));
        return command;
    }

    private static Command ImportCommand(TimeProvider clock)
    {
        var files = new Argument<FileInfo[]>("plik") { Description = "Ocena zapisana z Worda jako tekst (jak seed 003) albo plik CSV jednostka;tabela;wiersz;rok;wartość", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var command = new Command("import", "Wczytuje dane OZPS do bazy — wszystkie pliki albo, przy błędzie, żaden") { files, json, db };
        command.SetAction((p, ct) => ImportAsync(p.GetValue(files)!, p.GetValue(json), p.GetValue(db), clock, ct));
        return command;
    }

    private static Command CheckCommand(TimeProvider clock)
    {
        var unit = new Argument<string>("jednostka") { Description = "Kod TERYT zapisanej jednostki albo plik do sprawdzenia bez zapisu" };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var command = new Command("check", "Sprawdza reguły wzoru: wiersze „w tym”, sumy, prognozy odbiegające od trendu") { unit, json, db };
        command.SetAction((p, ct) => CheckAsync(p.GetValue(unit)!, p.GetValue(json), p.GetValue(db), clock, ct));
        return command;
    }

    public static int Template(bool json, int year)
    {
        var template = OzpsTemplate.ForYear(year);
        if (json)
        {
            Output.WriteJson(template);
            return ExitCodes.Success;
        }
        Console.WriteLine($"Wzór OZPS {template.Version} (rok oceny {template.AssessmentYear}); kolumny: {string.Join(" | ", template.Columns)}");
        foreach (var table in template.Tables)
        {
            Console.WriteLine($"\ntabela {table.Code} — {table.Title}");
            foreach (var row in table.Rows)
            {
                var rules = (row.PartOf ?? []).Select(p => $"≤ w.{p}").Concat((row.AtLeast ?? []).Select(p => $"≥ w.{p}")).ToList();
                Console.WriteLine($"  {row.No,3}  {table.LabelOf(row)} [{row.Unit}]{(rules.Count > 0 ? "  " + string.Join(", ", rules) : "")}");
            }
            foreach (var sum in table.SumRules) Console.WriteLine($"  suma: w.{sum.Total} = {string.Join(" + ", sum.Parts.Select(p => $"w.{p}"))} ({sum.Severity})");
        }
        Console.WriteLine("\nTabele wieloletnie (wiersz = kod):");
        foreach (var series in template.Series)
            Console.WriteLine($"  {series.Code} — {series.Title}: {string.Join(", ", series.Rows.Select(r => r.Code + (r.Printed ? " (wydrukowany)" : "")))}");
        Console.WriteLine($"\nLiczby z opisu (tabela {OzpsKey.Narrative}): {string.Join(", ", template.TextFigures.Select(f => f.Code + (f.Printed ? " (wydrukowany)" : "")))}");
        return ExitCodes.Success;
    }

    public static async Task<int> ImportAsync(IReadOnlyList<FileInfo> files, bool json, string? db, TimeProvider clock, CancellationToken ct)
    {
        var progress = new ProgressLine();
        Result<OzpsImportSummary> result;
        await using (var context = Database.Open(db))
            result = await new OzpsImports(context, clock).ImportAsync(files.Select(f => f.FullName).ToList(), Documents.User, json ? null : progress.Show, ct);
        progress.End();
        if (!result.IsSuccess) return Output.Errors(result.Errors, json);
        var import = result.Value!;
        var saved = import.Saved;
        if (json)
        {
            Output.WriteJson(new
            {
                units = import.Units.Select(u => new { code = u.Code, name = u.Name, values = u.Values, tables = u.Tables, synthetic = u.Synthetic }),
                saved.Added, saved.Changed, saved.Unchanged,
                warnings = import.Warnings.Select(w => w.Message),
            });
            return ExitCodes.Success;
        }
        // A national file is thousands of units: each is listed only when the list can still be read.
        if (import.Units.Count <= ListedUnits)
            foreach (var unit in import.Units)
                Console.WriteLine($"{unit.Name} ({unit.Code}){(unit.AssessmentYear is { } y ? $", ocena za {y} r." : "")}: {unit.Values} wartości w {unit.Tables} tabelach{(unit.Synthetic ? " — DANE SYNTETYCZNE" : "")}");
        else
            Console.WriteLine($"{PolishFormat.Number(import.Units.Count)} {PolishPlural.Form(import.Units.Count, "jednostka", "jednostki", "jednostek")}: " +
                $"{PolishFormat.Number(import.Values)} {PolishPlural.Form(import.Values, "wartość", "wartości", "wartości")}{(import.Units.Any(u => u.Synthetic) ? " — DANE SYNTETYCZNE" : "")}");
        Console.WriteLine($"Zapisano: nowe {PolishFormat.Number(saved.Added)}, zmienione {PolishFormat.Number(saved.Changed)}, bez zmian {PolishFormat.Number(saved.Unchanged)}.");
        foreach (var warning in import.Warnings.Take(ListedUnits)) Console.WriteLine($"Ostrzeżenie: {warning.Message}");
        if (import.Warnings.Count > ListedUnits) 
        {
            var more = import.Warnings.Count - ListedUnits;
            Console.WriteLine($"… i {PolishFormat.Number(more)} {PolishPlural.Form(more, "dalsze ostrzeżenie", "dalsze ostrzeżenia", "dalszych ostrzeżeń")} (wszystkie podaje --json, a dla jednej jednostki ozps check).");
        }
        return ExitCodes.Success;
    }

    /// <summary>How many units (and warnings) an import lists one by one.</summary>
    private const int ListedUnits = 20;

    public static async Task<int> CheckAsync(string unit, bool json, string? db, TimeProvider clock, CancellationToken ct)
    {
        OzpsUnitData? data;
        IReadOnlyList<OzpsFinding> narrative = [];
        if (Directory.Exists(unit)) return Output.Errors([InputFiles.NotAFile(unit)!], json);
        if (File.Exists(unit))
        {
            var read = OzpsImporter.ReadFile(unit);
            if (!read.IsSuccess) return Output.Errors(read.Errors, json);
            if (read.Value!.Units.Count != 1) return Output.Errors([new Error(new SourceLocation(unit), OzpsErrors.SeveralUnits, $"Plik zawiera dane {read.Value.Units.Count} jednostek; kontrola pliku dotyczy jednej — wczytaj go (ozps import) i sprawdzaj jednostki po kodzie TERYT.")], json);
            (data, narrative) = (read.Value.Units[0], read.Value.Warnings);
        }
        else
        {
            await using var context = Database.Open(db);
            data = await new OzpsStore(context, TercFile.Register, clock).LoadAsync(unit, ct);
            if (data is null) return Output.Errors([new Error(new SourceLocation(unit), OzpsErrors.NoData, $"Nie ma pliku „{unit}” ani zapisanych danych OZPS jednostki o tym kodzie TERYT.")], json);
        }
        // The narrative is read from a document only: a stored unit keeps its figures, not its prose.
        var findings = OzpsRules.Check(data, OzpsTemplate.For(data)).Concat(narrative).ToList();
        if (json) Output.WriteJson(new { unit = data.Unit.Code, name = data.Unit.Name, findings = findings.Select(f => new { severity = f.Severity == Severity.Error ? "błąd" : "ostrzeżenie", f.Table, f.Row, f.Year, f.Forecast, f.Message }) });
        else
        {
            Console.WriteLine($"{data.Unit.Name} ({data.Unit.Code}): {(findings.Count == 0 ? "wszystkie reguły wzoru spełnione" : $"{findings.Count(f => f.Severity == Severity.Error)} błędów, {findings.Count(f => f.Severity == Severity.Warning)} ostrzeżeń")}");
            foreach (var finding in findings) Console.WriteLine($"  {finding}");
        }
        return findings.Count == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
