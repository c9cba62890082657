using Kierunek.Domain.Results;
using Microsoft.Data.Sqlite;
using Npgsql;
using System.Diagnostics;

namespace Kierunek.Data.Backups;

/// <summary>A copy of the whole database into one file, and back into an empty database. SQLite: SQLite's online
/// backup (a consistent copy while the application runs and writes). PostgreSQL: <c>pg_dump --format=custom</c> and
/// <c>pg_restore</c>, the server's own tools, which must be installed beside the command (package postgresql-client).
/// A restore never overwrites: the target must be empty, so a mistyped name cannot destroy data.</summary>
public static class DatabaseBackup
{
    public const string FailedCode = "backup.failed";
    public const string TargetNotEmptyCode = "backup.target-not-empty";
    public const string NoFileCode = "backup.no-file";

    public static async Task<Result<long>> BackupAsync(string db, string file, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
            return Fail(file, TargetNotEmptyCode, $"Plik „{file}” już istnieje; kopia go nie nadpisze. Podaj nową nazwę, np. z datą: kierunek-{DateTime.Now:yyyy-MM-dd}.kopia.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!Database.IsPostgres(db))
        {
            await using (var source = new SqliteConnection($"Data Source={Path.GetFullPath(db)};Mode=ReadOnly;Pooling=False"))
            await using (var copy = new SqliteConnection($"Data Source={target};Pooling=False"))
            {
                await source.OpenAsync(ct);
                await copy.OpenAsync(ct);
                source.BackupDatabase(copy);
            }
            return Result<long>.Ok(new FileInfo(target).Length);
        }
        var failed = await RunAsync("pg_dump", db, ["--format=custom", "--no-owner", "--file", target], ct);
        if (failed is not null)
        {
            File.Delete(target);
            return Fail(file, FailedCode, failed);
        }
        return Result<long>.Ok(new FileInfo(target).Length);
    }

    public static async Task<Result<bool>> RestoreAsync(string file, string db, CancellationToken ct = default)
    {
        if (!File.Exists(file)) return Result<bool>.Fail(new Error(new SourceLocation(file), NoFileCode, $"Nie ma pliku kopii „{file}”."));
        if (await HoldsDataAsync(db, ct))
            return Result<bool>.Fail(new Error(new SourceLocation(Database.Describe(db)), TargetNotEmptyCode,
                "Baza docelowa nie jest pusta; odtworzenie jej nie nadpisze. Utwórz nową, pustą bazę (PostgreSQL: createdb …; SQLite: nowa nazwa pliku) i odtwórz do niej."));
        if (!Database.IsPostgres(db))
        {
            var target = Path.GetFullPath(db);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var source = new SqliteConnection($"Data Source={Path.GetFullPath(file)};Mode=ReadOnly;Pooling=False");
            await using var copy = new SqliteConnection($"Data Source={target};Pooling=False");
            await source.OpenAsync(ct);
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy);
            return Result<bool>.Ok(true);
        }
        var failed = await RunAsync("pg_restore", db, ["--no-owner", "--exit-on-error", "--single-transaction", file], ct, dbnameOption: true);
        return failed is null ? Result<bool>.Ok(true) : Result<bool>.Fail(new Error(new SourceLocation(file), FailedCode, failed));
    }

    /// <summary>A database holds data once the application's tables exist (SQLite: a file that is not empty).</summary>
    private static async Task<bool> HoldsDataAsync(string db, CancellationToken ct)
    {
        if (!Database.IsPostgres(db)) return File.Exists(db) && new FileInfo(db).Length > 0;
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync(ct))! > 0;
    }

    /// <summary>Runs a PostgreSQL tool with the connection's host, port, user and database; the password goes in the
    /// environment (PGPASSWORD), never on the command line where other users could see it. Null when it succeeded.</summary>
    private static async Task<string?> RunAsync(string tool, string db, IEnumerable<string> arguments, CancellationToken ct, bool dbnameOption = false)
    {
        var c = new NpgsqlConnectionStringBuilder(db);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (c.Host is { } host) start.ArgumentList.Add($"--host={host}");
        start.ArgumentList.Add($"--port={c.Port}");
        if (c.Username is { } user) start.ArgumentList.Add($"--username={user}");
        start.ArgumentList.Add(dbnameOption ? $"--dbname={c.Database}" : c.Database ?? "");
        foreach (var a in arguments) start.ArgumentList.Add(a);
        if (c.Password is { } password) start.Environment["PGPASSWORD"] = password;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"Nie znaleziono programu {tool}. Zainstaluj klienta PostgreSQL (Debian/Ubuntu: apt-get install postgresql-client) w wersji serwera lub nowszej.";
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return process.ExitCode == 0 ? null : $"{tool} zakończył się błędem (kod {process.ExitCode}): {(await errors).Trim()}";
        }
    }

    private static Result<long> Fail(string file, string code, string message) => Result<long>.Fail(new Error(new SourceLocation(file), code, message));
}
