using Kierunek.Reports.Model;

namespace Kierunek.Reports.Rendering;

/// <summary>A report as the bytes of a file in one of the formats offices use; the command line and the
/// web application both write files through here.</summary>
public static class ReportFiles
{
    /// <summary>Format name → the file's media type.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pdf"] = "application/pdf",
        ["html"] = "text/html; charset=utf-8",
    };

    /// <summary>The file, dated <paramref name="prepared"/> (the caller's clock: the day it is made or published).</summary>
    /// <exception cref="PdfPrinterMissingException">PDF was asked for and Chromium is not installed.</exception>
    public static Task<byte[]> RenderAsync(Report report, string format, DateOnly prepared, CancellationToken ct = default) => RenderAsync(report with { Prepared = prepared }, format, ct);

    /// <exception cref="PdfPrinterMissingException">PDF was asked for and Chromium is not installed.</exception>
    /// <remarks>Only printing a PDF waits on something (the browser), so only it can be cancelled.</remarks>
    public static async Task<byte[]> RenderAsync(Report report, string format, CancellationToken ct = default) => format switch
    {
        "docx" => DocxReport.Render(report),
        "xlsx" => XlsxReport.Render(report),
        "pdf" => await PdfReport.RenderAsync(report, ct),
        "html" => System.Text.Encoding.UTF8.GetBytes(HtmlReport.Render(report)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "docx, xlsx, pdf albo html"),
    };
}
