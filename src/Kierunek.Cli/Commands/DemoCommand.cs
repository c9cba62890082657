using System.CommandLine;
using Kierunek.Domain.Strategies;
using Kierunek.Import;

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
        using (var context = Kierunek.Data.Database.Open(db))
        {
            var store = new Kierunek.Data.DocumentStore(context);
            foreach (var (_, result) in results.Where(r => r.Result.IsSuccess))
                store.SaveAsync(result.Value!, Documents.User).GetAwaiter().GetResult();
        }
        if (json)
        {
            Output.WriteJson(results.Select(r => new
            {
                file = r.File,
                summary = r.Result.IsSuccess ? DocumentSummary.Of(r.Result.Value!) : null,
                errors = r.Result.Errors.Select(e => e.ToString()),
            }));
            return ExitCodes.Success;
        }
        foreach (var (file, result) in results)
        {
            Console.WriteLine($"== {file}");
            if (result.IsSuccess) Output.Summary(DocumentSummary.Of(result.Value!));
            else foreach (var e in result.Errors) Console.WriteLine($"  {e.Message}");
        }
        return ExitCodes.Success;
    }
}
