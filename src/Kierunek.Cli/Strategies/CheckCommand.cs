using Kierunek.Domain.Strategies.Checks;
using System.CommandLine;

namespace Kierunek.Cli.Strategies;

/// <summary>kierunek check &lt;plik&gt;: every printed total against the computed one, and every
/// other cost inconsistency. Exit 1 when anything is found.</summary>
public static class CheckCommand
{
    public static Command Create(TimeProvider clock)
    {
        var file = new Argument<string>("dokument") { Description = "Klucz zapisanego dokumentu albo plik raportu do sprawdzenia" };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var command = new Command("check", "Porównuje sumy wydrukowane z wyliczonymi i wykazuje niespójności") { file, json, db };
        command.SetAction((p, ct) => RunAsync(p.GetValue(file)!, p.GetValue(json), p.GetValue(db), clock, ct));
        return command;
    }

    public static async Task<int> RunAsync(string document, bool json, string? db, TimeProvider clock, CancellationToken ct)
    {
        var result = await Documents.FindAsync(document, db, clock, ct);
        if (!result.IsSuccess) return Output.Errors(result.Errors, json);
        var findings = CostCheck.Run(result.Value!);
        if (json)
            Output.WriteJson(findings.Select(f => new { kind = f.Kind, where = f.Where, goal = f.GoalCode, column = f.Column, printed = f.Printed, computed = f.Computed, difference = f.Difference, line = f.SourceLine, message = f.Message }));
        else
        {
            foreach (var f in findings)
                Console.WriteLine($"{f.Where} (wiersz {f.SourceLine}): {f.Message}");
            Console.WriteLine(findings.Count == 0 ? "Nie znaleziono niespójności." : $"Niespójności: {findings.Count}");
        }
        return findings.Count == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
