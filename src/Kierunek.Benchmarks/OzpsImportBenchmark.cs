using Kierunek.Cli.Ozps;
using Kierunek.Data;
using Kierunek.Import.Ozps;
using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>The national OZPS CSV (every gmina, six years: about four million values) imported the way an operator
/// would: <c>kierunek ozps import</c> in its own process, into an empty SQLite file and an empty PostgreSQL
/// database (schema made beforehand, so only the import is timed). The child's peak memory is its high-water mark
/// (<see cref="ChildProcess"/>). The reading alone (no storing) is timed in this process, to tell reading
/// from writing.</summary>
public static class OzpsImportBenchmark
{
    public sealed record Run(string Database, double Seconds, long PeakMemoryMb, int ExitCode, string Output);

    public sealed record Result(long FileBytes, long Values, double ReadSeconds, IReadOnlyList<Run> Runs);

    public static async Task<Result> RunAsync(string? postgres, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("kierunek-ozps-import-");
        try
        {
            var csv = Path.Combine(folder.FullName, "kraj.csv");
            var generated = await OzpsCommand.GenerateAsync("kraj", "2014-2019", 1, new FileInfo(csv), null, TimeProvider.System, ct);
            if (generated != 0) throw new InvalidOperationException("Nie udało się wygenerować pliku kraju.");

            var watch = Stopwatch.StartNew();
            var stream = new OzpsImportStream([csv]);
            var values = stream.Units().Sum(u => (long)u.Values.Count);
            var read = watch.Elapsed.TotalSeconds;

            var runs = new List<Run>();
            var file = Path.Combine(folder.FullName, "kraj.db");
            await using (Database.Open(file)) { } // the schema, before the clock starts
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            runs.Add(await ImportAsync("SQLite", csv, file, ct));
            if (!string.IsNullOrEmpty(postgres))
            {
                var name = $"kierunek_bench_{Guid.NewGuid():N}";
                await ApiBenchmark.ExecuteAsync(postgres, $"CREATE DATABASE {name}", ct);
                try
                {
                    var database = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
                    await using (Database.Open(database)) { }
                    Npgsql.NpgsqlConnection.ClearAllPools();
                    runs.Add(await ImportAsync("PostgreSQL", csv, database, ct));
                }
                finally
                {
                    Npgsql.NpgsqlConnection.ClearAllPools();
                    await ApiBenchmark.ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", ct);
                }
            }
            return new Result(new FileInfo(csv).Length, values, read, runs);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The command-line tool, in a process of its own, so its peak memory is the import's alone.</summary>
    private static async Task<Run> ImportAsync(string label, string csv, string database, CancellationToken ct)
    {
        var run = await ChildProcess.RunAsync(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "kierunek.dll"), "ozps", "import", csv, "--db", database], ct);
        return new Run(label, run.Seconds, run.PeakMemoryMb, run.ExitCode, run.Output);
    }
}
