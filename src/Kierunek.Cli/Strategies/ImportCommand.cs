using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Mapping;
using Kierunek.Import.Reading;
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
            Description = "Raport: dokument Worda (.docx), arkusz Excela (.xlsx), tabela z Worda zapisana jako tekst rozdzielany tabulatorami albo plik wymiany JSON (z --mapping także CSV); można podać kilka",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var preview = new Option<bool>("--preview") { Description = "Tylko podgląd: co nowa wersja doda, usunie i zmieni; nic nie zapisuje" };
        var replace = new Option<bool>("--replace") { Description = "Zgoda na nową wersję, która usuwa pozycje, wskaźniki lub wartości (monitoring usuniętych pozycji zostaje zachowany jako odłączony)" };
        var mapping = new Option<FileInfo?>("--mapping")
        {
            Description = "Plik mapowania (docs/mapowanie.md) dla tabeli, której układu program nie zna: która tabela, wiersze nagłówka, role kolumn; zapisany w kreatorze albo napisany ręcznie",
        };
        var db = Documents.DbOption();
        var command = new Command("import", "Wczytuje raporty ze strategii do bazy jako nowe wersje dokumentów i wypisuje podsumowanie") { files, json, preview, replace, mapping, db };
        command.SetAction((p, ct) => RunAsync(p.GetValue(files)!, p.GetValue(json), p.GetValue(db), clock, ct, p.GetValue(preview), p.GetValue(replace), p.GetValue(mapping)));
        return command;
    }

    public static Task<int> RunAsync(FileInfo file, bool json, string? db, TimeProvider clock, CancellationToken ct, bool preview = false, bool replace = false) =>
        RunAsync([file], json, db, clock, ct, preview, replace);

    public static async Task<int> RunAsync(IReadOnlyList<FileInfo> files, bool json, string? db, TimeProvider clock, CancellationToken ct, bool preview = false, bool replace = false,
        FileInfo? mappingFile = null)
    {
        TableMapping? mapping = null;
        if (mappingFile is not null)
        {
            var read = ReadMapping(mappingFile);
            if (!read.IsSuccess) return Output.Errors(read.Errors, json);
            mapping = read.Value!;
        }
        // The database is opened (its schema checked, a new file's created) while the files are read, and the files are
        // read side by side: on two cores a command takes about as long as reading its largest file.
        var opening = Task.Run(() => Database.Open(db), ct);
        var results = files.AsParallel().AsOrdered().WithCancellation(ct)
            .Select(f => mapping is null ? DocumentImporter.ImportFile(f.FullName) : ReadMapped(f, mapping)).ToList();
        var errors = results.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            await CloseUnusedAsync(opening); // a refused file is reported, whatever the database
            return Output.Errors(errors, json);
        }
        var documents = results.Select(r => r.Value!).ToList();
        await using var context = await opening;
        var imports = new DocumentImports(context, clock);
        IReadOnlyList<DocumentImports.Plan> plans;
        if (preview) plans = await imports.PreviewAsync(documents, ct);
        else
        {
            // With a mapping, the mapping is stored under its name with the documents, as the wizard stores it.
            await using var transaction = await context.Database.BeginTransactionAsync(ct);
            var stored = await imports.ImportAsync(documents, Documents.User, replace, ct);
            if (!stored.IsSuccess)
            {
                if (!json) (await imports.PreviewAsync(documents, ct)).Where(p => p.NeedsReplace).ToList().ForEach(WriteChanges);
                return Output.Errors(stored.Errors, json);
            }
            if (mapping is not null) await new MappedImports(context, imports, clock).RememberAsync(mapping, Documents.User, ct);
            await transaction.CommitAsync(ct);
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

    private static async Task CloseUnusedAsync(Task<KierunekDb> opening)
    {
        try
        {
            await (await opening).DisposeAsync();
        }
        catch (UnusableDatabaseException)
        {
            // Not reported: the files' errors are, and the database was not going to be used.
        }
    }

    private static Result<TableMapping> ReadMapping(FileInfo file)
    {
        if (InputFiles.NotAFile(file.FullName) is { } missing) return Result<TableMapping>.Fail(missing);
        if (FileLimit.Document.Check(file.Name, file.Length) is { } tooLarge) return Result<TableMapping>.Fail(tooLarge);
        return MappingFile.Read(File.ReadAllText(file.FullName), file.Name);
    }

    private static Result<StrategyDocument> ReadMapped(FileInfo file, TableMapping mapping)
    {
        if (InputFiles.NotAFile(file.FullName) is { } missing) return Result<StrategyDocument>.Fail(missing);
        if (FileLimit.Document.Check(file.Name, file.Length) is { } tooLarge) return Result<StrategyDocument>.Fail(tooLarge);
        var read = MappedImports.Read(new MappedImports.Upload("", file.Name, File.ReadAllBytes(file.FullName)), mapping);
        return read.IsSuccess ? Result<StrategyDocument>.Ok(read.Value!.Document) : Result<StrategyDocument>.Fail(read.Errors);
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
