using Kierunek.Cli.Ozps;
using Kierunek.Data;
using Kierunek.Domain.Ozps.Template;
using Kierunek.TestSupport;
using System.Text.Json;

namespace Kierunek.Cli.Tests.Ozps;

/// <summary>kierunek ozps: the template listed with every table and row code, seed 003 imported and checked,
/// a bad CSV refused with nothing stored. One database for the class, deleted after its last test.</summary>
public class OzpsCommandTests(TemporarySqliteDatabase database) : IClassFixture<TemporarySqliteDatabase>
{
    private string Db => database.Path;

    [Fact]
    public void Template_json_lists_every_table_and_row_code()
    {
        var (code, output) = CliProcess.Run("ozps", "template", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        var template = OzpsTemplate.ForYear(2019);
        Assert.Equal(template.Tables.Select(t => t.Code), tables.Select(t => t.GetProperty("code").GetString()));
        Assert.Equal(213, tables.Sum(t => t.GetProperty("rows").GetArrayLength()));
        Assert.Contains(json.RootElement.GetProperty("series").EnumerateArray(), s => s.GetProperty("code").GetString() == "praca-socjalna");
    }

    [Fact]
    public async Task Seed_003_imports_and_its_check_reports_warnings_only()
    {
        Assert.Equal(ExitCodes.Success, await OzpsCommand.ImportAsync([new FileInfo(Kierunek.Import.Tests.SeedFiles.Path("003_99cff9fdc45b9ce7.txt"))], json: true, Db, Clock, Ct));
        Assert.Equal(ExitCodes.ProblemsFound, await OzpsCommand.CheckAsync("0608011", json: true, Db, Clock, Ct));
    }

    [Fact]
    public async Task A_csv_with_an_unknown_teryt_code_is_bad_input_and_stores_nothing()
    {
        using var empty = new TemporarySqliteDatabase();
        var db = empty.Path;
        using var file = new TemporaryFile(".csv");
        var csv = file.Path;
        File.WriteAllLines(csv, ["jednostka;tabela;wiersz;rok;wartość", "0608011;infrastruktura;1;2019;198", "0699999;infrastruktura;1;2019;5"]);
        Assert.Equal(ExitCodes.BadInput, await OzpsCommand.ImportAsync([new FileInfo(csv)], json: true, db, Clock, Ct));
        using var context = Database.Open(db);
        Assert.Equal(0, context.OzpsValues.Count());
    }

    [Fact]
    public void A_powiat_file_imports_with_a_progress_line_on_stderr_and_a_summary_on_stdout()
    {
        using var empty = new TemporarySqliteDatabase();
        using var csv = new TemporaryFile(".csv");
        Assert.Equal(0, CliProcess.Run("ozps", "generate", "--region", "0608", "--out", csv.Path).Code);

        var run = CliProcess.Run("ozps", "import", csv.Path, "--db", empty.Path);

        Assert.Equal(0, run.Code);
        Assert.Contains("Wczytano 100%", run.Errors);
        Assert.Contains("13 jednostek sprawdzonych", run.Errors);
        Assert.DoesNotContain("Wczytano", run.Output); // stdout stays the result, for scripts
        Assert.Matches(@"Zapisano: nowe \d[\d\u00A0 ]*, zmienione 0, bez zmian 0\.", run.Output);
    }

    [Fact]
    public void A_bad_last_line_of_a_large_file_rolls_back_the_units_already_written()
    {
        using var empty = new TemporarySqliteDatabase();
        using var csv = new TemporaryFile(".csv");
        Assert.Equal(0, CliProcess.Run("ozps", "generate", "--region", "0608", "--out", csv.Path).Code);
        File.AppendAllLines(csv.Path, ["0608011;infrastruktura;1;2019;dużo;"]);
        var last = File.ReadAllLines(csv.Path).Length;
        int auditBefore;
        using (var context = Database.Open(empty.Path)) auditBefore = context.Audit.Count();

        var run = CliProcess.Run("ozps", "import", csv.Path, "--db", empty.Path);

        Assert.Equal(ExitCodes.BadInput, run.Code);
        Assert.Contains($"{Path.GetFileName(csv.Path)}:{last}", run.Errors);
        using var after = Database.Open(empty.Path);
        Assert.Equal((0, auditBefore), (after.OzpsValues.Count(), after.Audit.Count()));
    }

    [Fact]
    public void An_expected_failure_with_json_carries_its_code_and_exits_with_two()
    {
        var (code, output) = CliProcess.Run("ozps", "check", "0699999", "--json", "--db", Db);
        Assert.Equal(ExitCodes.BadInput, code);
        using var json = JsonDocument.Parse(output);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(Kierunek.Import.Ozps.OzpsErrors.NoData, error.GetProperty("code").GetString());
        Assert.Equal("0699999", error.GetProperty("file").GetString());
        Assert.Equal("Nie ma pliku „0699999” ani zapisanych danych OZPS jednostki o tym kodzie TERYT.", error.GetProperty("message").GetString());
    }

    // Nothing here depends on the date; the real clock is what the command line is given too.
    private static TimeProvider Clock => TimeProvider.System;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
