using Microsoft.Playwright;

namespace Kierunek.Web.Tests.EndToEnd;

/// <summary>Steps several browser tests take the same way: pasting a column from Excel into the entry table, and
/// uploading a filled Excel packet on the entry page.</summary>
public static class BrowserSteps
{
    /// <summary>A column as Excel puts it on the clipboard (one value per line), pasted into the table's first value field.</summary>
    public static Task PasteColumnAsync(IPage reporter, IEnumerable<string> column) =>
        reporter.EvaluateAsync(@"text => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            const first = document.querySelector('input[name^=wartosc]');
            first.focus();
            first.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }", string.Join("\r\n", column) + "\r\n");

    /// <summary>The filled workbook chosen in "Wolę Excel" and sent.</summary>
    public static async Task UploadPacketAsync(IPage reporter, byte[] workbook)
    {
        if (await reporter.Locator("details.packet").GetAttributeAsync("open") is null)
            await reporter.GetByText("Wolę Excel: pobierz arkusz, wypełnij, wczytaj").ClickAsync();
        await reporter.GetByLabel("Wypełniony arkusz").SetInputFilesAsync(new FilePayload
        {
            Name = "arkusz-2021.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook,
        });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Wczytaj arkusz" }).ClickAsync();
    }
}
