using System.CommandLine;
using Kierunek.Import;
using Kierunek.Domain.Strategies.Exchange;

namespace Kierunek.Cli.Strategies;

/// <summary>kierunek export &lt;dokument&gt; --json: writes the whole document in the exchange format.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("dokument") { Description = "Klucz zapisanego dokumentu, plik raportu albo plik wymiany (JSON)" };
        var json = new Option<bool>("--json") { Description = "Format wymiany JSON (jedyny obsługiwany)" };
        var output = new Option<FileInfo?>("--out") { Description = "Zapisz do pliku zamiast na standardowe wyjście" };
        var db = Documents.DbOption();
        var command = new Command("export", "Zapisuje cały dokument w formacie wymiany (JSON)") { document, json, output, db };
        command.SetAction(p => Run(p.GetValue(document)!, p.GetValue(output), p.GetValue(db)));
        return command;
    }

    public static int Run(string document, FileInfo? output, string? db)
    {
        var result = Documents.Find(document, db);
        if (!result.IsSuccess) return Output.Errors(result.Errors, json: true);
        var text = DocumentJson.Write(result.Value!);
        if (output is null) Console.WriteLine(text);
        else File.WriteAllText(output.FullName, text + "\n");
        return ExitCodes.Success;
    }
}
