using Kierunek.Application.Strategies;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Import.Grids;
using Kierunek.Import.Tests.Mapping;
using Kierunek.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Kierunek.Application.Tests.Strategies;

/// <summary>The wizard's storage: a table read by a mapping is stored as a strategy with the mapping under its name;
/// next year's file read by the saved mapping updates the same items by code — a new version, nothing duplicated. On
/// SQLite and PostgreSQL.</summary>
public class MappedImportsTests(StoredLublin lublin)
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Next_years_file_read_by_the_saved_mapping_updates_the_items_by_code_and_duplicates_nothing(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var wizard = new MappedImports(db, new DocumentImports(db, TimeProvider.System), TimeProvider.System);
        var first = (await wizard.KeepAsync("wskazniki-2023.xlsx", Excel(WizardFixtures.ExcelTable), "koordynator@kierunek.local", Ct)).Value!;
        var mapping = MappedImports.Guess(first, 1).Value! with { Name = "Wskaźniki programu", DocumentKey = "program-wsparcia", DocumentTitle = "Program wsparcia rodzin" };

        var stored = await wizard.ImportAsync(first, mapping, "koordynator@kierunek.local", replace: false, Ct);

        Assert.True(stored.IsSuccess, string.Join("\n", stored.Errors));
        Assert.Equal(1, stored.Value!.Version);
        Assert.Empty(await db.Uploads.Where(u => u.Id == first.Id).ToListAsync(Ct));
        Assert.Equal("Wskaźniki programu", Assert.Single(await wizard.SavedAsync(Ct)).Name);
        var nodes = await db.Nodes.CountAsync(n => db.Documents.Any(d => d.Id == n.DocumentId && d.Key == "program-wsparcia"), Ct);

        var nextYear = WizardFixtures.ExcelTable.Replace("\t1.310\t\t\t12.500.000", "\t1.310\t1.402\t\t12.500.000");
        var second = (await wizard.KeepAsync("wskazniki-2024.xlsx", Excel(nextYear), "koordynator@kierunek.local", Ct)).Value!;
        var saved = (await wizard.MappingAsync("Wskaźniki programu", Ct)).Value!;
        var preview = (await wizard.PreviewAsync(second, saved, Ct)).Value!;
        Assert.Equal(2, preview.Plan.Version);
        Assert.Empty(preview.Plan.Changes!.AddedNodes);
        Assert.Equal(1, preview.Plan.Changes.AddedValues);
        var again = await wizard.ImportAsync(second, saved, "koordynator@kierunek.local", replace: false, Ct);

        Assert.True(again.IsSuccess, string.Join("\n", again.Errors));
        Assert.Equal(2, await db.Documents.Where(d => d.Key == "program-wsparcia").Select(d => d.Version).SingleAsync(Ct));
        Assert.Equal(nodes, await db.Nodes.CountAsync(n => db.Documents.Any(d => d.Id == n.DocumentId && d.Key == "program-wsparcia"), Ct));
        Assert.Single(await db.Audit.Where(a => a.Entity == "mapping").ToListAsync(Ct)); // the mapping did not change
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_persons_upload_reads_as_missing(string provider)
    {
        using var database = await lublin.CopyAsync(provider);
        using var db = Database.Open(database.Target);
        var wizard = new MappedImports(db, new DocumentImports(db, TimeProvider.System), TimeProvider.System);
        var upload = (await wizard.KeepAsync("pomoc.csv", System.Text.Encoding.UTF8.GetBytes(WizardFixtures.CsvTable), "koordynator@kierunek.local", Ct)).Value!;

        var other = await wizard.FindAsync(upload.Id, "mopr@kierunek.local", Ct);

        Assert.Equal(MappedImports.UploadMissing, Assert.Single(other.Errors).Code);
        Assert.True((await wizard.FindAsync(upload.Id, "koordynator@kierunek.local", Ct)).IsSuccess);
    }

    private static byte[] Excel(string text) => OfficeCopies.Excel(text, raw => CellText.Parse(raw).Text.Split('\n'));
}
