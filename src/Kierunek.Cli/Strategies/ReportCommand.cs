using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Reports;
using Kierunek.Reports.Rendering;
using System.CommandLine;

namespace Kierunek.Cli.Strategies;

/// <summary>kierunek report &lt;dokument&gt; --kind … --format … --out …: a report made from a stored document
/// (or a report file read on the spot). The web application calls the same report code.</summary>
public static class ReportCommand
{
    public static readonly string[] Formats = [.. ReportFiles.ContentTypes.Keys];

    public static Command Create(TimeProvider clock)
    {
        var document = new Argument<string>("dokument") { Description = "Klucz zapisanego dokumentu albo plik raportu" };
        var year = new Option<int?>("--year") { Description = "Rok sprawozdawczy (domyślnie ostatni rok, za który dokument podaje dane)" };
        var years = new Option<string?>("--years") { Description = "Lata raportu wieloletniego, np. 2021-2023 (domyślnie wszystkie lata dokumentu)" };
        var kind = new Option<string>("--kind") { Description = "Rodzaj: " + string.Join(", ", ReportKinds.ByName.Keys), Required = true };
        kind.AcceptOnlyFromAmong([.. ReportKinds.ByName.Keys]);
        var format = new Option<string>("--format") { Description = "Format pliku: " + string.Join(", ", Formats), DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<FileInfo>("--out") { Description = "Plik wynikowy", Required = true };
        var db = Documents.DbOption();
        var command = new Command("report", "Tworzy sprawozdanie z dokumentu (tabele, osiągnięcie wskaźników)") { document, year, years, kind, format, output, db };
        command.SetAction((p, ct) => RunAsync(p.GetValue(document)!, p.GetValue(year), p.GetValue(years), p.GetValue(kind)!, p.GetValue(format)!, p.GetValue(output)!, p.GetValue(db), clock, ct));
        return command;
    }

    public static async Task<int> RunAsync(string document, int? year, string? years, string kind, string format, FileInfo output, string? db, TimeProvider clock, CancellationToken ct)
    {
        var found = await Documents.FindAsync(document, db, clock, ct);
        if (!found.IsSuccess) return Output.Errors(found.Errors, json: false);
        var doc = found.Value!;
        var reportYear = year ?? (doc.ReportedYears.Count > 0 ? doc.ReportedYears.Max() : null);
        if (reportYear is null)
            return Output.Errors([new Error(new SourceLocation(document), CliErrors.NoYear, "Dokument nie podaje roku sprawozdawczego: wskaż go opcją --year.")], json: false);
        IReadOnlyList<int> columns = doc.ReportedYears.Count > 0 ? doc.ReportedYears : [reportYear.Value];
        if (years is not null)
        {
            if (Deadline.Parse(years) is not { FromYear: { } from, ToYear: { } to })
                return Output.Errors([new Error(new SourceLocation(document), CliErrors.BadYears, $"„{years}” to nie są lata: podaj np. 2021-2023.")], json: false);
            columns = Enumerable.Range(from, to - from + 1).ToList();
        }
        var report = ReportKinds.Build(ReportKinds.ByName[kind], doc, reportYear.Value, columns);
        if (await Output.WriteReportAsync(report, format, output, clock, ct) is { } failed) return failed;
        Console.WriteLine($"Zapisano {output.FullName}");
        return ExitCodes.Success;
    }
}
