using Kierunek.Application.Demo;
using Kierunek.Data;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Import;
using System.CommandLine;

namespace Kierunek.Cli.Strategies;

/// <summary>The main flow until the web application exists: imports every seed document
/// shipped in seeds/ and prints what each holds.</summary>
public static class DemoCommand
{
    public static Command Create(TimeProvider clock)
    {
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var command = new Command("demo", "Wczytuje dokumenty przykładowe (seeds/) do bazy i wypisuje podsumowanie") { json, db };
        command.SetAction((p, ct) => RunAsync(p.GetValue(json), p.GetValue(db), clock, ct));
        return command;
    }

    public static async Task<int> RunAsync(bool json, string? db, TimeProvider clock, CancellationToken ct)
    {
        var folder = SeedFolder.Find();
        if (folder is null)
            return Output.Errors([Error.Of(CliErrors.NoSeeds, "Nie znaleziono katalogu seeds/ z dokumentami przykładowymi.")], json);
        var seeds = SeedDocuments.Read(folder);
        await using (var context = Database.Open(db))
            await SeedDocuments.SaveAsync(context, seeds, Documents.User, clock, ct);
        if (json)
        {
            Output.WriteJson(seeds.Select(s => new
            {
                file = s.File,
                summary = s.Strategy is { } d ? DocumentSummary.Of(d) : null,
                ozps = s.Assessment?.Units.Select(u => new { code = u.Unit.Code, name = u.Unit.Name, year = u.AssessmentYear, values = u.Values.Count }),
                errors = s.Errors.Select(e => e.ToString()),
            }));
            return ExitCodes.Success;
        }
        foreach (var seed in seeds)
        {
            Console.WriteLine($"== {seed.File}");
            if (seed.Strategy is { } document) Output.Summary(DocumentSummary.Of(document));
            foreach (var unit in seed.Assessment?.Units ?? [])
                Console.WriteLine($"Ocena zasobów pomocy społecznej: {unit.Unit.Name} ({unit.Unit.Code}), {unit.AssessmentYear} r. — {unit.Values.Count} wartości w {unit.Values.Select(v => v.Key.Table).Distinct().Count()} tabelach; raport: ./kierunek ozps report {unit.Unit.Code} --year {unit.AssessmentYear} --format docx --out ozps.docx");
            foreach (var e in seed.Errors) Console.WriteLine($"  {e.Message}");
        }
        return ExitCodes.Success;
    }
}
