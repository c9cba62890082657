using System.CommandLine;
using Kierunek.Domain.Strategies;
using Kierunek.Import;
using Kierunek.Data.Ozps;
using Kierunek.Ozps.Import;

namespace Kierunek.Cli.Commands;

/// <summary>The main flow until the web application exists: imports every seed document
/// shipped in seeds/ and prints what each holds.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var command = new Command("demo", "Wczytuje dokumenty przykładowe (seeds/) do bazy i wypisuje podsumowanie") { json, db };
        command.SetAction(p => Run(p.GetValue(json), p.GetValue(db)));
        return command;
    }

    public static int Run(bool json, string? db = null)
    {
        var folder = SeedFolder.Find();
        if (folder is null)
        {
            Console.Error.WriteLine("Nie znaleziono katalogu seeds/ z dokumentami przykładowymi.");
            return ExitCodes.BadInput;
        }
        var results = Directory.GetFiles(folder, "*.txt").Order()
            .Select(path => (File: Path.GetFileName(path), Result: DocumentImporter.ImportFile(path))).ToList();
        // An OZPS (seed 003) is not a strategy: the OZPS importer reads it.
        var assessments = results.Where(r => r.Result.Errors.Any(e => e.Code == ImportErrorCodes.OzpsDocument))
            .Select(r => (r.File, Result: OzpsImporter.Import([Path.Combine(folder, r.File)]))).ToList();
        using (var context = Kierunek.Data.Database.Open(db))
        {
            var store = new Kierunek.Data.DocumentStore(context);
            foreach (var (_, result) in results.Where(r => r.Result.IsSuccess))
                store.SaveAsync(result.Value!, Documents.User).GetAwaiter().GetResult();
            foreach (var (_, result) in assessments.Where(a => a.Result.IsSuccess))
                new OzpsStore(context).SaveAsync(result.Value!.Units, Documents.User).GetAwaiter().GetResult();
        }
        if (json)
        {
            Output.WriteJson(results.Select(r => new
            {
                file = r.File,
                summary = r.Result.IsSuccess ? DocumentSummary.Of(r.Result.Value!) : null,
                ozps = assessments.FirstOrDefault(a => a.File == r.File).Result?.Value?.Units.Select(u => new { code = u.Unit.Code, name = u.Unit.Name, year = u.AssessmentYear, values = u.Values.Count }),
                errors = assessments.Any(a => a.File == r.File && a.Result.IsSuccess) ? [] : r.Result.Errors.Select(e => e.ToString()),
            }));
            return ExitCodes.Success;
        }
        foreach (var (file, result) in results)
        {
            Console.WriteLine($"== {file}");
            if (result.IsSuccess) Output.Summary(DocumentSummary.Of(result.Value!));
            else if (assessments.FirstOrDefault(a => a.File == file) is { Result: { IsSuccess: true } ozps })
                foreach (var unit in ozps.Value!.Units)
                    Console.WriteLine($"Ocena zasobów pomocy społecznej: {unit.Unit.Name} ({unit.Unit.Code}), {unit.AssessmentYear} r. — {unit.Values.Count} wartości w {unit.Values.Select(v => v.Key.Table).Distinct().Count()} tabelach; raport: ./kierunek ozps report {unit.Unit.Code} --year {unit.AssessmentYear} --format docx --out ozps.docx");
            else foreach (var e in result.Errors) Console.WriteLine($"  {e.Message}");
        }
        return ExitCodes.Success;
    }
}
