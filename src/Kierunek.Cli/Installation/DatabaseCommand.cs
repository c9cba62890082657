using Kierunek.Data;
using Kierunek.Data.Installation;
using Microsoft.EntityFrameworkCore;
using System.CommandLine;

namespace Kierunek.Cli.Installation;

/// <summary>kierunek database …: what the owner of a PostgreSQL database runs at install and after each upgrade —
/// the migrations, and the grant that lets the application's own account read and write but never rewrite the audit.</summary>
public static class DatabaseCommand
{
    public static Command Create()
    {
        var migrateDb = Documents.DbOption();
        var migrate = new Command("migrate", "Aktualizuje schemat bazy (migracje); w PostgreSQL kontem właściciela bazy") { migrateDb };
        migrate.SetAction((p, ct) => MigrateAsync(p.GetValue(migrateDb), ct));

        var role = new Argument<string>("konto") { Description = "Konto PostgreSQL, którym łączy się aplikacja (utworzone wcześniej, np. createuser)" };
        var grantDb = Documents.DbOption();
        var grant = new Command("grant", "Nadaje kontu aplikacji odczyt i zapis wszystkich tabel, a dziennikowi zmian tylko odczyt i dopisywanie (kontem właściciela)") { role, grantDb };
        grant.SetAction((p, ct) => GrantAsync(p.GetValue(role)!, p.GetValue(grantDb), ct));

        return new Command("database", "Baza danych: migracje i konto aplikacji (PostgreSQL)") { migrate, grant };
    }

    public static async Task<int> MigrateAsync(string? db, CancellationToken ct)
    {
        await using var context = Database.Open(db); // applies what is pending, or says why it cannot
        var applied = (await context.Database.GetAppliedMigrationsAsync(ct)).ToList();
        Console.WriteLine($"Schemat bazy jest aktualny ({Database.Describe(db ?? Database.DefaultPath)}): ostatnia migracja {applied[^1]}, wszystkich {applied.Count}.");
        return ExitCodes.Success;
    }

    public static async Task<int> GrantAsync(string role, string? db, CancellationToken ct)
    {
        await using var context = Database.Open(db);
        var granted = await ApplicationRole.GrantAsync(context, role, ct);
        Console.WriteLine($"Konto „{granted.Role}”: odczyt i zapis {granted.Tables} tabel; dziennik zmian („{granted.AuditTable}”) — tylko odczyt i dopisywanie, " +
                          "bez UPDATE, DELETE i TRUNCATE. Powtórz to polecenie po każdej aktualizacji (./kierunek database migrate).");
        return ExitCodes.Success;
    }
}
