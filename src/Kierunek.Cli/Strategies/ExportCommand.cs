using Kierunek.Domain.Strategies.Exchange;
using System.CommandLine;

namespace Kierunek.Cli.Strategies;

/// <summary>kierunek export &lt;dokument&gt; --json: writes the whole document in the exchange format.</summary>
public static class ExportCommand
{
    public static Command Create(TimeProvider clock)
    {
        var document = new Argument<string>("dokument") { Description = "Klucz zapisanego dokumentu, plik raportu albo plik wymiany (JSON)" };
        var json = new Option<bool>("--json") { Description = "Format wymiany JSON (jedyny obsługiwany)" };
        var output = new Option<FileInfo?>("--out") { Description = "Zapisz do pliku zamiast na standardowe wyjście" };
        var db = Documents.DbOption();
        var command = new Command("export", "Zapisuje cały dokument w formacie wymiany (JSON)") { document, json, output, db };
        command.SetAction((p, ct) => RunAsync(p.GetValue(document)!, p.GetValue(output), p.GetValue(db), clock, ct));
        return command;
    }

    public static async Task<int> RunAsync(string document, FileInfo? output, string? db, TimeProvider clock, CancellationToken ct)
    {
        var result = await Documents.FindAsync(document, db, clock, ct);
        if (!result.IsSuccess) return Output.Errors(result.Errors, json: true);
        var text = DocumentJson.Write(result.Value!);
        if (output is null) Console.WriteLine(text);
        else await File.WriteAllTextAsync(output.FullName, text + "\n", ct);
        return ExitCodes.Success;
    }
}
