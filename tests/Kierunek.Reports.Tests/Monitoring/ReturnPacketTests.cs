using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kierunek.Reports.Monitoring;
using Kierunek.Tests.Support;

namespace Kierunek.Reports.Tests.Monitoring;

/// <summary>The XLSX return packet: written protected, with only the value and comment cells open and formatted as text,
/// its key on a very hidden sheet; read back cell for cell as Excel saves it; refused, with what to do, when it is not a
/// workbook, not a packet, or its rows were moved.</summary>
public class ReturnPacketTests
{
    private static readonly PacketInfo Info = new("lublin", "Strategia Lublin", 2021, "mup", "Miejski Urząd Pracy", "Termin przekazania: 15 marca 2022 r.");

    private static IReadOnlyList<PacketRow> Rows(int count) => Enumerable.Range(1, count).Select(i => new PacketRow(100 + i, i % 3, $"1.{i}", $"Działanie {i}",
        $"liczba osób {i}", i.ToString(), "Wzrost o 10%", null, null, "brak", Editable: i != 2)).ToList();

    [Fact]
    public void What_is_typed_comes_back_by_value_and_cell_and_nothing_else_is_open()
    {
        var packet = ReturnPacket.Write(Info, Rows(3));
        var filled = FilledPacket.Fill(packet, new Dictionary<string, string> { ["G7"] = "ok. 3 700", ["H7"] = "szacunek", ["G9"] = "b.d." });

        var read = ReturnPacket.Read("mup.xlsx", filled).Value!;
        Assert.Equal(("lublin", 2021, "mup"), (read.DocumentKey, read.Year, read.InstitutionKey));
        Assert.Equal([new ReturnedRow(101, 1, "G7", "ok. 3 700", "szacunek"), new ReturnedRow(102, 2, "G8", null, null), new ReturnedRow(103, 0, "G9", "b.d.", null)], read.Rows);

        using var book = SpreadsheetDocument.Open(new MemoryStream(packet), false);
        var workbook = book.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(SheetStateValues.VeryHidden, sheets.Single(s => s.Name == ReturnPacket.KeySheet).State!.Value);
        var values = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == ReturnPacket.ValuesSheet).Id!);
        Assert.True(values.Worksheet.GetFirstChild<SheetProtection>()!.Sheet!.Value);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Open(string reference)
        {
            var format = formats[(int)values.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference).StyleIndex!.Value];
            return format.Protection?.Locked?.Value == false && format.NumberFormatId!.Value == 49;
        }
        Assert.True(Open("G7") && Open("H7") && Open("G9"));
        Assert.False(Open("G8")); // a value already sent is not typed over
        Assert.False(Open("E7") || Open("C7") || Open("A7"));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_or_not_a_packet_or_was_rearranged_is_refused_with_what_to_do()
    {
        Assert.Equal(PacketErrors.NotAWorkbookCode, ReturnPacket.Read("x.xlsx", "to nie jest arkusz"u8.ToArray()).Errors[0].Code);
        Assert.Equal(PacketErrors.TooLargeCode, ReturnPacket.Read("x.xlsx", new byte[ReturnPacket.MaxBytes + 1]).Errors[0].Code);

        var packet = ReturnPacket.Write(Info, Rows(3));
        var renamed = FilledPacket.Fill(packet, new Dictionary<string, string>(), w => w.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == ReturnPacket.KeySheet).Name = "Arkusz2");
        Assert.Equal(PacketErrors.NotAPacketCode, ReturnPacket.Read("x.xlsx", renamed).Errors[0].Code);

        // A row moved: the hidden sheet now points row 7 at another value than it was written for.
        var moved = FilledPacket.Fill(packet, new Dictionary<string, string>(), w =>
        {
            var key = (WorksheetPart)w.GetPartById(w.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == ReturnPacket.KeySheet).Id!);
            key.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B6").InlineString = new InlineString(new Text("103"));
        });
        var tampered = ReturnPacket.Read("mup.xlsx", moved);
        Assert.Equal(PacketErrors.TamperedCode, tampered.Errors[0].Code);
        Assert.Contains("pobrać nowy arkusz", tampered.Errors[0].Message);
    }

    [Fact]
    public void Three_hundred_items_make_a_packet_that_reads_back_whole()
    {
        var rows = Rows(300);
        var read = ReturnPacket.Read("duzy.xlsx", ReturnPacket.Write(Info, rows)).Value!;
        Assert.Equal(rows.Select(r => r.EntryId), read.Rows.Select(r => r.EntryId));
        Assert.Equal($"G{ReturnPacket.FirstRow + 299}", read.Rows[^1].Cell);
    }
}
