using System.CommandLine;
using Kierunek.Import;
using Kierunek.Import.Exchange;

namespace Kierunek.Cli.Commands;

/// <summary>kierunek export &lt;dokument&gt; --json: writes the whole document in the exchange format.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("dokument") { Description = "Plik raportu albo plik wymiany (JSON)" };
        var json = new Option<bool>("--json") { Description = "Format wymiany JSON (jedyny obsługiwany)" };
        var output = new Option<FileInfo?>("--out") { Description = "Zapisz do pliku zamiast na standardowe wyjście" };
        var command = new Command("export", "Zapisuje cały dokument w formacie wymiany (JSON)") { document, json, output };
        command.SetAction(p => Run(p.GetValue(document)!, p.GetValue(output)));
        return command;
    }

    public static int Run(string document, FileInfo? output)
    {
        var result = DocumentImporter.ImportFile(document);
        if (!result.IsSuccess) return Output.Errors(result.Errors, json: true);
        var text = DocumentJson.Write(result.Value!);
        if (output is null) Console.WriteLine(text);
        else File.WriteAllText(output.FullName, text + "\n");
        return ExitCodes.Success;
    }
}
