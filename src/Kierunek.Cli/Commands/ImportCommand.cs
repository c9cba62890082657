using System.CommandLine;
using Kierunek.Domain.Strategies;
using Kierunek.Import;

namespace Kierunek.Cli.Commands;

/// <summary>kierunek import &lt;plik&gt;: reads a strategy report and prints what it holds.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("plik") { Description = "Raport: tabela z Worda zapisana jako tekst rozdzielany tabulatorami" };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var command = new Command("import", "Wczytuje raport ze strategii i wypisuje podsumowanie") { file, json };
        command.SetAction(p => Run(p.GetValue(file)!, p.GetValue(json)));
        return command;
    }

    public static int Run(FileInfo file, bool json)
    {
        var result = DocumentImporter.ImportFile(file.FullName);
        if (!result.IsSuccess) return Output.Errors(result.Errors, json);
        var summary = DocumentSummary.Of(result.Value!);
        if (json) Output.WriteJson(summary);
        else Output.Summary(summary);
        return ExitCodes.Success;
    }
}
