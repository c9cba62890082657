using Kierunek.Cli.Strategies;
using Kierunek.Data;
using Kierunek.Import.Tests;
using Kierunek.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using System.Text;

namespace Kierunek.Cli.Tests.Strategies;

/// <summary>`kierunek import` of a bad file exits with 2 and the database is exactly as it was:
/// same documents, same content, no audit entry. The database already holds seed 000, so a broken
/// copy of it would replace it if anything got through.</summary>
public sealed class MalformedImportTests : IDisposable
{
    private readonly TemporaryFolder badFiles = new();
    private readonly TemporarySqliteDatabase database = new();
    private string Db => database.Path;

    // Nothing here depends on the date; the real clock is what the command line is given too.
    private static TimeProvider Clock => TimeProvider.System;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> BadFiles => ["pusty", "binarny", "nieznany-uklad", "uciety-wiersz", "uciety-w-bajcie-22791", "uciety-miedzy-wierszami", "wymiana-bez-odczytu", "wymiana-z-blednym-odczytem", "zla-liczba", "za-duzy"];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_bad_input_and_changes_nothing_in_the_database(string kind)
    {
        Assert.Equal(ExitCodes.Success, await ImportCommand.RunAsync(new FileInfo(SeedFiles.Path(SeedFiles.Lublin)), json: true, Db, Clock, Ct));
        var before = Snapshot();

        Assert.Equal(ExitCodes.BadInput, await ImportCommand.RunAsync(Write(kind), json: true, Db, Clock, Ct));

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Seed_000_cut_at_byte_22791_is_refused_and_the_database_file_is_byte_identical()
    {
        Assert.Equal(ExitCodes.Success, await ImportCommand.RunAsync(new FileInfo(SeedFiles.Path(SeedFiles.Lublin)), json: true, Db, Clock, Ct));
        SqliteConnection.ClearAllPools();
        var before = FileBytes();

        Assert.Equal(ExitCodes.BadInput, await ImportCommand.RunAsync(Write("uciety-w-bajcie-22791"), json: true, Db, Clock, Ct));

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, FileBytes());
    }

    private string FileBytes() =>
        string.Join(" ", new[] { Db, Db + "-wal" }.Where(File.Exists).Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));

    [Fact]
    public async Task Several_files_are_stored_together_or_not_at_all()
    {
        var good = new FileInfo(SeedFiles.Path(SeedFiles.RopsLublin));
        var before = Snapshot();

        Assert.Equal(ExitCodes.BadInput, await ImportCommand.RunAsync([good, Write("zla-liczba")], json: true, Db, Clock, Ct));
        Assert.Equal(before, Snapshot());

        Assert.Equal(ExitCodes.Success, await ImportCommand.RunAsync([good, new FileInfo(SeedFiles.Path(SeedFiles.Belchatow))], json: true, Db, Clock, Ct));
        using var db = Database.Open(Db);
        Assert.Equal(2, db.Documents.Count());
    }

    private FileInfo Write(string kind)
    {
        var path = Path.Combine(badFiles.Path, kind + ".txt");
        var seed = File.ReadAllLines(SeedFiles.Path(SeedFiles.Lublin));
        switch (kind)
        {
            case "pusty": File.WriteAllText(path, ""); break;
            case "binarny": File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE]); break;
            case "nieznany-uklad": File.WriteAllText(path, "Imię\tNazwisko\tWiek\nJan\tKowalski\t40\n"); break;
            case "uciety-wiersz": File.WriteAllText(path, string.Join("\n", seed.Take(299)) + "\n" + string.Join('\t', seed[299].Split('\t').Take(4))); break;
            // The outside probe's cut: ends "2.1.1. Wdrażanie i rea", no newline; it once stored 61 of 308 actions.
            case "uciety-w-bajcie-22791": File.WriteAllBytes(path, File.ReadAllBytes(SeedFiles.Path(SeedFiles.Lublin))[..22791]); break;
            case "uciety-miedzy-wierszami": File.WriteAllText(path, string.Join("\n", seed.Take(300)) + "\n"); break;
            // The probe's exchange file: a cell with its raw text but no reading crashed the import after saving.
            case "wymiana-bez-odczytu":
                File.WriteAllText(path, Kierunek.Domain.Strategies.Exchange.DocumentJson.Write(SeedFiles.LublinReport).Replace("\"reading\": {", "\"odczyt\": {"));
                break;
            case "wymiana-z-blednym-odczytem":
                File.WriteAllText(path, Kierunek.Domain.Strategies.Exchange.DocumentJson.Write(SeedFiles.LublinReport).Replace("\"number\": 682450.00,", "\"number\": 682.45,"));
                break;
            case "zla-liczba": File.WriteAllLines(path, seed.Select((l, i) => i == 68 ? l.Replace("<p>76 494,30</p>", "<p>12,3,4</p>") : l)); break;
            case "za-duzy":
                using (var f = File.Create(path)) f.SetLength(50L * 1024 * 1024);
                break;
        }
        return new FileInfo(path);
    }

    private string Snapshot()
    {
        using var db = Database.Open(Db);
        var text = new StringBuilder();
        foreach (var d in db.Documents.AsNoTracking().OrderBy(d => d.Key)) text.Append(d.Key).Append('\n').Append(d.Content).Append('\n');
        text.Append("audit ").Append(db.Audit.Count()).Append(" indicators ").Append(db.Indicators.Count()).Append(" nodes ").Append(db.Nodes.Count());
        return text.ToString();
    }

    public void Dispose()
    {
        database.Dispose();
        badFiles.Dispose();
    }
}
