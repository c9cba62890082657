using Kierunek.Application.Ozps;
using Kierunek.Data;
using Kierunek.Data.Tests;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Import.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kierunek.Application.Tests.Ozps;

/// <summary>Seed 003 uploaded into Lubartów's form (previewed, then saved) stores exactly what `ozps import` stores — every
/// value's text, reading, comment and source — on SQLite and PostgreSQL; a file of another gmina is refused and a second
/// upload of the same file changes nothing.</summary>
public class OzpsUploadsTests
{
    public static TheoryData<string> Providers => Databases.Providers;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Lubartow = "0608011";
    private static readonly OzpsAccess Worker = new(Lubartow, Administrator: false, Reviews: false);
    private static readonly Actor WorkerActor = new("mops@lubartow.example", null, Reviews: false);
    private static string Seed => SeedFiles.Path("003_99cff9fdc45b9ce7.txt");

    private static OzpsUploads Uploads(KierunekDb db) =>
        new(new OzpsAssessments(db, TimeProvider.System, NullLogger<OzpsAssessments>.Instance), NullLogger<OzpsUploads>.Instance);

    private static Task<List<string>> StoredAsync(KierunekDb db) =>
        db.OzpsValues.AsNoTracking().OrderBy(v => v.TableCode).ThenBy(v => v.RowCode).ThenBy(v => v.Year).ThenBy(v => v.Forecast)
            .Select(v => $"{v.UnitCode}|{v.TableCode}|{v.RowCode}|{v.Year}|{v.Forecast}|{v.Raw}|{v.Kind}|{v.Number}|{v.Comment}|{v.Synthetic}|{v.SourceFile}|{v.SourceLine}")
            .ToListAsync(Ct);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Seed_003_uploaded_into_the_form_stores_what_ozps_import_stores(string provider)
    {
        using var imported = Databases.Fresh(provider);
        await using var importDb = Database.Open(imported.Target);
        Assert.True((await new OzpsImports(importDb, TimeProvider.System).ImportAsync([Seed], "cli", ct: Ct)).IsSuccess);
        var expected = await StoredAsync(importDb);

        using var uploaded = Databases.Fresh(provider);
        await using var db = Database.Open(uploaded.Target);
        var content = await File.ReadAllBytesAsync(Seed, Ct);
        var plan = await Uploads(db).PreviewAsync(Worker, WorkerActor, Lubartow, 2019, Path.GetFileName(Seed), content, Ct);
        Assert.True(plan.IsSuccess, string.Join("; ", plan.Errors));
        Assert.Equal((expected.Count, 0, 0), (plan.Value!.New, plan.Value.Changed, plan.Value.Unchanged));
        Assert.Equal(0, await db.OzpsValues.CountAsync(Ct)); // a preview stores nothing

        var saved = await Uploads(db).SaveAsync(Worker, WorkerActor, Lubartow, 2019, Path.GetFileName(Seed), content, revision: 0, Ct);

        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors));
        Assert.Equal(EntryState.Draft, saved.Value!.Assessment.State);
        Assert.Equal(expected, await StoredAsync(db));
        var again = await Uploads(db).PreviewAsync(Worker, WorkerActor, Lubartow, 2019, Path.GetFileName(Seed), content, Ct);
        Assert.Equal((0, 0, expected.Count), (again.Value!.New, again.Value.Changed, again.Value.Unchanged));
    }

    [Fact]
    public async Task Another_gminas_file_is_refused_and_nothing_is_stored()
    {
        using var database = Databases.Fresh("sqlite");
        await using var db = Database.Open(database.Target);
        var other = new OzpsAccess("0608072", Administrator: false, Reviews: false);
        var content = await File.ReadAllBytesAsync(Seed, Ct);

        var refused = await Uploads(db).SaveAsync(other, WorkerActor, "0608072", 2019, "ocena.txt", content, revision: 0, Ct);

        var error = Assert.Single(refused.Errors);
        Assert.Equal((OzpsUploads.OtherUnitCode, "plik"), (error.Code, error.Field));
        Assert.Contains("TERYT 0608011", error.Message);
        Assert.Equal(0, await db.OzpsValues.CountAsync(Ct));
    }
}
