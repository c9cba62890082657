using Kierunek.Application.Audit;
using Kierunek.Data;
using Kierunek.Data.Backups;
using Kierunek.Domain.Language;
using Kierunek.Domain.Values;
using System.CommandLine;

namespace Kierunek.Cli.Backups;

/// <summary>kierunek backup &lt;plik&gt; and kierunek restore &lt;plik&gt;: the whole database into one file (while the
/// application runs) and back into an empty database, which is then checked: its audit chain must be intact.</summary>
public static class BackupCommands
{
    public static IEnumerable<Command> Create()
    {
        var file = new Argument<string>("plik") { Description = "Plik kopii (SQLite: kopia bazy; PostgreSQL: format pg_dump --format=custom)" };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var backup = new Command("backup", "Kopia zapasowa całej bazy do pliku (także podczas pracy aplikacji)") { file, json, db };
        backup.SetAction((p, ct) => BackupAsync(p.GetValue(file)!, p.GetValue(json), p.GetValue(db), ct));
        var restore = new Command("restore", "Odtwarza kopię do pustej bazy (--db) i sprawdza jej dziennik zmian") { file, json, db };
        restore.SetAction((p, ct) => RestoreAsync(p.GetValue(file)!, p.GetValue(json), p.GetValue(db), ct));
        return [backup, restore];
    }

    public static async Task<int> BackupAsync(string file, bool json, string? db, CancellationToken ct)
    {
        var source = Target(db);
        // Opening brings the schema up to date first, so the copy is of the current version.
        await using (Database.Open(source)) { }
        var made = await DatabaseBackup.BackupAsync(source, file, ct);
        if (!made.IsSuccess) return Output.Errors(made.Errors, json);
        if (json) Output.WriteJson(new { file = Path.GetFullPath(file), bytes = made.Value });
        else Console.WriteLine($"Kopia zapisana: {Path.GetFullPath(file)} ({PolishFormat.Number(Math.Max(1, made.Value / 1024))} KB).");
        return ExitCodes.Success;
    }

    public static async Task<int> RestoreAsync(string file, bool json, string? db, CancellationToken ct)
    {
        var target = Target(db);
        var restored = await DatabaseBackup.RestoreAsync(file, target, ct);
        if (!restored.IsSuccess) return Output.Errors(restored.Errors, json);
        await using var context = Database.Open(target);
        var check = await new AuditLog(context).VerifyAsync(ct);
        if (json) Output.WriteJson(new { restored = true, auditIntact = check.Result.Intact, auditChecked = check.Result.Checked, documents = context.Documents.Count() });
        else
        {
            Console.WriteLine($"Odtworzono kopię „{file}”: {PolishPlural.Of(context.Documents.Count(), "dokument", "dokumenty", "dokumentów")}.");
            Console.WriteLine(check.Result.Intact
                ? $"Dziennik zmian nienaruszony ({PolishPlural.Of(check.Result.Checked, "wpis", "wpisy", "wpisów")})."
                : $"Dziennik zmian w kopii jest NARUSZONY przy wpisie nr {check.Result.BrokenSequence}: {check.Result.Why}.");
        }
        return check.Result.Intact ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    private static string Target(string? db) => string.IsNullOrWhiteSpace(db) ? Database.DefaultPath : db;
}
