using Kierunek.Application;
using Kierunek.Domain.Institutions;
using Kierunek.Domain.Language;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using Kierunek.Reports.Rendering;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kierunek.Cli;

/// <summary>Prints results as Polish text for people or as JSON for machines (--json).</summary>
public static class Output
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void WriteJson<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>The one way a command reports an expected failure: the errors as text on stderr, or with their
    /// codes as JSON on stdout, and the exit code they mean. Every expected failure is bad input or usage — a
    /// command that ran and found problems (check) reports findings, not errors, and exits with
    /// <see cref="ExitCodes.ProblemsFound"/> itself.</summary>
    public static int Errors(IReadOnlyList<Error> errors, bool json)
    {
        if (json) WriteJson(new { errors = errors.Select(e => new { file = e.At.File, line = e.At.Line, column = e.At.Column, code = e.Code, message = e.Message }) });
        else foreach (var e in errors) Console.Error.WriteLine($"Błąd: {e}");
        return ExitCodes.BadInput;
    }

    /// <summary>A command line that does not parse, through <see cref="Errors"/> like every other failure. As text:
    /// whether --json was meant cannot be trusted from a line that did not parse.</summary>
    public static int Usage(ParseResult parsed) =>
        Errors(parsed.Errors.Select(e => Error.Of(CliErrors.Usage, e.Message)).ToList(), json: false);

    /// <summary>Writes a report in the format asked for (folder created), dated today by <paramref name="clock"/>;
    /// a PDF without Chromium is bad input with the message that says how to install it. Null when written, else
    /// the exit code.</summary>
    public static async Task<int?> WriteReportAsync(Kierunek.Reports.Model.Report report, string format, FileInfo output, TimeProvider clock, CancellationToken ct)
    {
        output.Directory?.Create();
        try
        {
            var bytes = await ReportFiles.RenderAsync(report, format, clock.Today(), ct);
            await File.WriteAllBytesAsync(output.FullName, bytes, ct);
            return null;
        }
        // Broken infrastructure rather than bad data, so an exception from the renderer; still an error with a code here.
        catch (PdfPrinterMissingException e)
        {
            return Errors([new Error(new SourceLocation(output.FullName), CliErrors.NoChromium, e.Message)], json: false);
        }
    }

    public static void Summary(DocumentSummary s)
    {
        Console.WriteLine($"{s.Title}");
        Console.WriteLine($"  klucz: {s.Key}  układ: {PolishNames.Of(Enum.Parse<DocumentLayout>(s.Layout))}");
        Console.WriteLine("  węzły: " + string.Join(", ", s.NodesPerLevel.Select(kv => $"{kv.Key} {kv.Value}")));
        Console.WriteLine($"  działania: {s.Measures}, wskaźniki: {s.Indicators}, wiersze kosztów: {s.CostEntries}");
        Console.WriteLine("  wartości wg rodzaju: " + string.Join(", ", s.ValuesByKind.Select(kv => $"{PolishNames.Of(Enum.Parse<ValueKind>(kv.Key))} {kv.Value}")));
        Console.WriteLine($"  instytucje: {s.Institutions}" + (s.Institutions == 0 ? "" :
            " (" + string.Join(", ", s.InstitutionsByKind.Select(kv => $"{PolishNames.Of(Enum.Parse<InstitutionKind>(kv.Key))} {kv.Value}")) + ")"));
        Console.WriteLine($"  sumy wydrukowane: {s.PrintedTotals}, niezgodności sum: {s.Mismatches}, inne uwagi: {s.OtherFindings}");
    }
}
