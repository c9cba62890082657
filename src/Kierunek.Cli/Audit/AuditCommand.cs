using Kierunek.Application.Audit;
using Kierunek.Data;
using Kierunek.Domain.Language;
using Kierunek.Domain.Values;
using System.CommandLine;
using System.Globalization;

namespace Kierunek.Cli.Audit;

/// <summary>kierunek audit verify: recomputes the audit's hash chain and says whether it is intact, or which row is
/// the first that no longer fits (changed, deleted or put in past the triggers). Exit 1 when it is broken.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var verify = new Command("verify", "Sprawdza, czy dziennik zmian jest nienaruszony (łańcuch skrótów SHA-256)") { json, db };
        verify.SetAction((p, ct) => VerifyAsync(p.GetValue(json), p.GetValue(db), ct));
        return new Command("audit", "Dziennik zmian") { verify };
    }

    public static async Task<int> VerifyAsync(bool json, string? db, CancellationToken ct)
    {
        await using var context = Database.Open(db);
        var check = await new AuditLog(context).VerifyAsync(ct);
        var r = check.Result;
        if (json)
        {
            Output.WriteJson(new
            {
                intact = r.Intact, total = check.Total, @checked = r.Checked, unchained = r.Unchained,
                brokenRowId = r.BrokenRowId, brokenSequence = r.BrokenSequence, why = r.Why,
                brokenRow = check.Broken is { } b ? new { b.Id, b.At, b.User, b.Action, b.Entity, b.EntityKey } : null,
            });
        }
        else if (r.Intact)
        {
            Console.WriteLine($"Dziennik zmian jest nienaruszony: sprawdzono {PolishPlural.Of(r.Checked, "wpis", "wpisy", "wpisów")}.");
            if (r.Unchained > 0)
                Console.WriteLine($"{PolishPlural.Of(r.Unchained, "wpis", "wpisy", "wpisów")} sprzed wprowadzenia łańcucha skrótów nie da się sprawdzić.");
        }
        else
        {
            var b = check.Broken;
            Console.WriteLine($"Dziennik zmian NARUSZONY przy wpisie nr {r.BrokenSequence} (id {r.BrokenRowId}): {r.Why}.");
            if (b is not null)
                Console.WriteLine($"  Wpis ma teraz: {b.At.ToLocalTime().ToString("d MMMM yyyy, HH:mm:ss", CultureInfo.GetCultureInfo("pl-PL"))}, {b.User}, {b.Action}, {b.Entity} {b.EntityKey}.");
            if (r.Checked > 0) Console.WriteLine($"  Wpisy łańcucha przed nim ({PolishFormat.Number(r.Checked)}) są nienaruszone.");
            Console.WriteLine("  Porównaj bazę z kopią zapasową i ustal, kto miał do niej dostęp poza aplikacją.");
        }
        return r.Intact ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
