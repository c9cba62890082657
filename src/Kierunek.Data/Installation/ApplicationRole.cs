using Kierunek.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kierunek.Data.Installation;

/// <summary>The PostgreSQL account the application runs as, given only what it needs: read and write every table,
/// but never UPDATE, DELETE or TRUNCATE the audit — so even the application's own password cannot rewrite history,
/// beyond the triggers and the hash chain. The schema belongs to another account (the owner), which runs the
/// migrations (<see cref="Database.MigrateAsync"/>) and this grant after each upgrade. SQLite has no accounts: there
/// the triggers and the chain are the protection.</summary>
public static class ApplicationRole
{
    /// <summary>What was granted, for the operator: "konto kierunek_app: odczyt i zapis 19 tabel; dziennik zmian
    /// (audit) tylko odczyt i dopisywanie".</summary>
    public sealed record Granted(string Role, int Tables, string AuditTable);

    /// <summary>Grants <paramref name="role"/> (an existing login role) what the application needs in the database
    /// <paramref name="owner"/> is connected to, as its owner. Run again after every upgrade: a new table is covered.</summary>
    public static async Task<Granted> GrantAsync(KierunekDb owner, string role, CancellationToken ct = default)
    {
        if (!owner.Database.IsNpgsql())
            throw new UnusableDatabaseException("Konta bazy są tylko w PostgreSQL; plik SQLite chronią wyzwalacze i łańcuch skrótów dziennika (./kierunek audit verify).");
        var connection = (NpgsqlConnection)owner.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        if (await ScalarAsync(connection, "SELECT count(*) FROM pg_roles WHERE rolname = @role", role, ct) is not > 0L)
            throw new UnusableDatabaseException($"Nie ma konta „{role}” na tym serwerze PostgreSQL. Utwórz je (np. sudo -u postgres createuser --pwprompt {role}) i powtórz polecenie.");
        var audit = owner.Model.FindEntityType(typeof(AuditRow))!.GetTableName()!;
        var quoted = new NpgsqlCommandBuilder().QuoteIdentifier(role);
        string[] grants =
        [
            $"GRANT USAGE ON SCHEMA public TO {quoted}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}",
            // The audit: read and append only.
            $"REVOKE UPDATE, DELETE, TRUNCATE ON \"{audit}\" FROM {quoted}",
            // The migrations' own bookkeeping is the owner's: the application reads it to see that nothing is pending.
            $"REVOKE INSERT, UPDATE, DELETE ON \"__EFMigrationsHistory\" FROM {quoted}",
        ];
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            foreach (var sql in grants)
            {
                await using var command = new NpgsqlCommand(sql, connection, transaction);
                await command.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        var tables = (int)(long)(await ScalarAsync(connection,
            "SELECT count(*) FROM information_schema.role_table_grants WHERE grantee = @role AND privilege_type = 'SELECT' AND table_schema = 'public'", role, ct))!;
        return new Granted(role, tables, audit);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, string role, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("role", role);
        return await command.ExecuteScalarAsync(ct);
    }
}
