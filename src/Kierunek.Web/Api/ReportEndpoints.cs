using Kierunek.Application;
using Kierunek.Application.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Reports;
using Kierunek.Reports.Rendering;

namespace Kierunek.Web.Api;

/// <summary>The API face of the reports page (/raporty/{key}): a strategy's report for a year as a file, made on
/// request from what the year's monitoring approved, as the page's download makes it.</summary>
public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder secured)
    {
        secured.MapGet("/strategie/{key}/sprawozdania/{rodzaj}/{rok:int}.{format}", FileAsync)
            .WithSummary("Sprawozdanie strategii za rok jako plik: rodzaj realizacja, wskazniki, osiagniecie, wieloletni albo wnioski; format docx, xlsx, pdf albo html.");
    }

    private static async Task<IResult> FileAsync(string key, string rodzaj, int rok, string format, ReportData data, TimeProvider clock, CancellationToken ct)
    {
        if (!ReportKinds.ByName.ContainsKey(rodzaj))
            return Problems.Of(Error.Of("report.unknown-kind", $"Nie ma rodzaju sprawozdania „{rodzaj}”: {string.Join(", ", ReportKinds.ByName.Keys)}."), StatusCodes.Status400BadRequest);
        if (!ReportFiles.ContentTypes.ContainsKey(format))
            return Problems.Of(Error.Of("report.unknown-format", $"Nie ma formatu „{format}”: {string.Join(", ", ReportFiles.ContentTypes.Keys)}."), StatusCodes.Status400BadRequest);
        try
        {
            return await data.FileAsync(key, rodzaj, rok, format, clock.Today(), ct) is { } file
                ? TypedResults.File(file.Content, file.ContentType, file.Name)
                : Problems.Of(Error.Of("report.not-found", $"Nie ma strategii „{key}”."), StatusCodes.Status404NotFound);
        }
        catch (PdfPrinterMissingException e)
        {
            return Problems.Of(Error.Of("report.pdf-unavailable", e.Message), StatusCodes.Status503ServiceUnavailable);
        }
    }
}
