using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kierunek.Reports.Monitoring;

namespace Kierunek.Tests.Support;

/// <summary>What Excel does to a packet when someone types into it: the typed text lands in the shared string table
/// and the cell points at it (also linked into the web tests, which fill packets in the browser flow).</summary>
internal static class FilledPacket
{
    /// <param name="cells">Cells of the values sheet ("G7") and what is typed into them.</param>
    public static byte[] Fill(byte[] packet, IReadOnlyDictionary<string, string> cells, Action<WorkbookPart>? alsoDo = null)
    {
        using var stream = new MemoryStream();
        stream.Write(packet);
        using (var book = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = book.WorkbookPart!;
            var shared = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable ??= new SharedStringTable();
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == ReturnPacket.ValuesSheet);
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (reference, text) in cells)
            {
                var cell = data.Descendants<Cell>().Single(c => c.CellReference == reference);
                shared.SharedStringTable.Append(new SharedStringItem(new Text(text)));
                cell.InlineString = null;
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(shared.SharedStringTable.Count() - 1);
            }
            alsoDo?.Invoke(workbook);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }
}
