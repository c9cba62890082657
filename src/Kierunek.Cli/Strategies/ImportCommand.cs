using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Import.Strategies;
using System.CommandLine;

namespace Kierunek.Cli.Strategies;

/// <summary>kierunek import &lt;plik&gt;…: reads strategy reports (or exchange-format JSON), stores each as the next
/// version of its document and prints what it holds and what it changed. All files are stored together or, when any
/// has an error — or removes something without --replace — none is. --preview only says what would change.</summary>
public static class ImportCommand
{
    /// <summary>How many lines of each kind of change the text output lists before "… i N innych".</summary>
    private const int ListedChanges = 15;

    public static Command Create(TimeProvider clock)
    {
        var files = new Argument<FileInfo[]>("plik")
        {
            Description = "Raport (tabela z Worda zapisana jako tekst rozdzielany tabulatorami) albo plik wymiany JSON; można podać kilka",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var preview = new Option<bool>("--preview") { Description = "Tylko podgląd: co nowa wersja doda, usunie i zmieni; nic nie zapisuje" };
        var replace = new Option<bool>("--replace") { Description = "Zgoda na nową wersję, która usuwa pozycje, wskaźniki lub wartości (monitoring usuniętych pozycji zostaje zachowany jako odłączony)" };
        var db = Documents.DbOption();
        var command = new Command("import", "Wczytuje raporty ze strategii do bazy jako nowe wersje dokumentów i wypisuje podsumowanie") { files, json, preview, replace, db };
        command.SetAction((p, ct) => RunAsync(p.GetValue(files)!, p.GetValue(json), p.GetValue(db), clock, ct, p.GetValue(preview), p.GetValue(replace)));
        return command;
    }

    public static Task<int> RunAsync(FileInfo file, bool json, string? db, TimeProvider clock, CancellationToken ct, bool preview = false, bool replace = false) =>
        RunAsync([file], json, db, clock, ct, preview, replace);

    public static async Task<int> RunAsync(IReadOnlyList<FileInfo> files, bool json, string? db, TimeProvider clock, CancellationToken ct, bool preview = false, bool replace = false)
    {
        var results = files.Select(f => DocumentImporter.ImportFile(f.FullName)).ToList();
        var errors = results.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0) return Output.Errors(errors, json);
        var documents = results.Select(r => r.Value!).ToList();
        await using var context = Database.Open(db);
        var imports = new DocumentImports(context, clock);
        IReadOnlyList<DocumentImports.Plan> plans;
        if (preview) plans = await imports.PreviewAsync(documents, ct);
        else
        {
            var stored = await imports.ImportAsync(documents, Documents.User, replace, ct);
            if (!stored.IsSuccess)
            {
                if (!json) (await imports.PreviewAsync(documents, ct)).Where(p => p.NeedsReplace).ToList().ForEach(WriteChanges);
                return Output.Errors(stored.Errors, json);
            }
            plans = stored.Value!;
        }
        if (json)
        {
            var summaries = plans.Select(p => preview ? (object)PreviewJson(p) : p.Summary).ToList();
            Output.WriteJson<object>(summaries.Count == 1 ? summaries[0] : summaries);
            return ExitCodes.Success;
        }
        foreach (var plan in plans)
        {
            if (!preview) Output.Summary(plan.Summary);
            WriteChanges(plan);
        }
        if (preview) Console.WriteLine("To tylko podgląd: nic nie zapisano.");
        return ExitCodes.Success;
    }

    private static object PreviewJson(DocumentImports.Plan p) => new
    {
        key = p.Document.Key, version = p.Version, needsReplace = p.NeedsReplace, changes = p.Changes?.Summary() ?? "nowy dokument",
        addedNodes = p.Changes?.AddedNodes ?? [], removedNodes = p.Changes?.RemovedNodes ?? [], renamedNodes = p.Changes?.RenamedNodes ?? [],
        addedIndicators = p.Changes?.AddedIndicators ?? [], removedIndicators = p.Changes?.RemovedIndicators ?? [],
        addedValues = p.Changes?.AddedValues ?? 0, removedValues = p.Changes?.RemovedValues ?? 0, changedValues = p.Changes?.ChangedValues ?? [],
        detachedMonitoring = p.Detached,
    };

    private static void WriteChanges(DocumentImports.Plan plan)
    {
        if (plan.Changes is not { } c)
        {
            Console.WriteLine($"  {plan.Document.Key}: nowy dokument (wersja 1)");
            return;
        }
        if (plan.Unchanged)
        {
            Console.WriteLine($"  {plan.Document.Key}: taki sam jak zapisana wersja {plan.Version} — nowej wersji nie zapisano");
            return;
        }
        Console.WriteLine($"  {plan.Document.Key}: wersja {plan.Version} — {c.Summary()}");
        List("dodane pozycje", c.AddedNodes);
        List("usunięte pozycje", c.RemovedNodes);
        List("zmienione tytuły", c.RenamedNodes);
        List("dodane wskaźniki", c.AddedIndicators);
        List("usunięte wskaźniki", c.RemovedIndicators);
        List("zmienione wartości", c.ChangedValues);
        List("monitoring bez miejsca w nowej wersji (zostanie zachowany jako odłączony)", plan.Detached);
    }

    private static void List(string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return;
        Console.WriteLine($"    {heading}:");
        foreach (var line in lines.Take(ListedChanges)) Console.WriteLine($"      {line}");
        if (lines.Count > ListedChanges) Console.WriteLine($"      … i {lines.Count - ListedChanges} innych");
    }
}
