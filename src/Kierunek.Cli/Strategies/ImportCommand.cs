using Kierunek.Data;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Strategies;
using Kierunek.Import.Strategies;
using System.CommandLine;

namespace Kierunek.Cli.Strategies;

/// <summary>kierunek import &lt;plik&gt;…: reads strategy reports (or exchange-format JSON), stores them
/// and prints what each holds. All files are stored together or, when any has an error, none is.</summary>
public static class ImportCommand
{
    public static Command Create(TimeProvider clock)
    {
        var files = new Argument<FileInfo[]>("plik")
        {
            Description = "Raport (tabela z Worda zapisana jako tekst rozdzielany tabulatorami) albo plik wymiany JSON; można podać kilka",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var command = new Command("import", "Wczytuje raporty ze strategii do bazy i wypisuje podsumowanie") { files, json, db };
        command.SetAction((p, ct) => RunAsync(p.GetValue(files)!, p.GetValue(json), p.GetValue(db), clock, ct));
        return command;
    }

    public static Task<int> RunAsync(FileInfo file, bool json, string? db, TimeProvider clock, CancellationToken ct) => RunAsync([file], json, db, clock, ct);

    public static async Task<int> RunAsync(IReadOnlyList<FileInfo> files, bool json, string? db, TimeProvider clock, CancellationToken ct)
    {
        var results = files.Select(f => DocumentImporter.ImportFile(f.FullName)).ToList();
        var errors = results.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0) return Output.Errors(errors, json);
        var documents = results.Select(r => r.Value!).ToList();
        await using (var context = Database.Open(db))
            await new DocumentStore(context, clock).SaveAllAsync(documents, Documents.User, ct);
        var summaries = documents.Select(DocumentSummary.Of).ToList();
        if (json) Output.WriteJson<object>(summaries.Count == 1 ? summaries[0] : summaries);
        else summaries.ForEach(Output.Summary);
        return ExitCodes.Success;
    }
}
