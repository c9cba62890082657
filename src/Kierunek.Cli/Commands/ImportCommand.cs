using System.CommandLine;
using Kierunek.Data;
using Kierunek.Domain.Strategies;
using Kierunek.Import;

namespace Kierunek.Cli.Commands;

/// <summary>kierunek import &lt;plik&gt;: reads a strategy report (or an exchange-format JSON), stores it
/// and prints what it holds. A file with any error stores nothing.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("plik") { Description = "Raport (tabela z Worda zapisana jako tekst rozdzielany tabulatorami) albo plik wymiany JSON" };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var command = new Command("import", "Wczytuje raport ze strategii do bazy i wypisuje podsumowanie") { file, json, db };
        command.SetAction(p => Run(p.GetValue(file)!, p.GetValue(json), p.GetValue(db)));
        return command;
    }

    public static int Run(FileInfo file, bool json, string? db)
    {
        var result = DocumentImporter.ImportFile(file.FullName);
        if (!result.IsSuccess) return Output.Errors(result.Errors, json);
        using (var context = Database.Open(db))
            new DocumentStore(context).SaveAsync(result.Value!, Documents.User).GetAwaiter().GetResult();
        var summary = DocumentSummary.Of(result.Value!);
        if (json) Output.WriteJson(summary);
        else Output.Summary(summary);
        return ExitCodes.Success;
    }
}
