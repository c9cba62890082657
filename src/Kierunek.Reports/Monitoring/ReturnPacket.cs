using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Kierunek.Domain.Results;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kierunek.Reports.Monitoring;

/// <summary>The period and institution a return packet is for.</summary>
public sealed record PacketInfo(string DocumentKey, string DocumentTitle, int Year, string InstitutionKey, string InstitutionName, string? Deadline);

/// <summary>One value of the packet: which value it is (id and the version it was written with), what the institution
/// sees beside it, and what is entered now.</summary>
public sealed record PacketRow(int EntryId, int Version, string? Code, string Item, string Indicator, string? LastYear, string? Target,
    string? Value, string? Comment, string State, bool Editable);

/// <summary>A value as it came back: the cell it was read from ("G12"), the text as typed (null when empty).</summary>
public sealed record ReturnedRow(int EntryId, int Version, string Cell, string? Value, string? Comment);

public sealed record ReturnedPacket(string DocumentKey, int Year, string InstitutionKey, IReadOnlyList<ReturnedRow> Rows);

/// <summary>The XLSX return packet of an institution that answers by Excel: one sheet "Wartości" with its items in the
/// strategy's order — code, item, indicator, last year's value, the target — where only the value and comment cells
/// can be typed in (the sheet is protected, those cells unlocked and formatted as text, so "ok. 3 700" and "b.d." stay
/// as typed); and a very hidden sheet "Kierunek" naming the period, the institution, the row of each value and a
/// checksum of all three, so an upload needs no column mapping and a packet of another period or institution, or
/// one whose rows were moved, is refused instead of filing a value against the wrong indicator.</summary>
public static class ReturnPacket
{
    public const string ValuesSheet = "Wartości";
    public const string KeySheet = "Kierunek";
    public const string ValueColumn = "G", CommentColumn = "H";
    /// <summary>The first row of values (rows above: title, institution, deadline, instructions, header).</summary>
    public const int FirstRow = 7;
    /// <summary>A packet of 300 items is about 40 kB; 10 MB is a file that is not one.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private enum Look : uint { Default = 0, Title = 1, Header = 2, Text = 3, Input = 4 }

    public static byte[] Write(PacketInfo info, IReadOnlyList<PacketRow> rows)
    {
        using var stream = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = book.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            Styles(workbook);
            var sheets = workbook.Workbook.AppendChild(new Sheets());

            var values = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Line(1, (Look.Title, $"Kierunek — wartości za {info.Year} r.")));
            data.Append(Line(2, (Look.Text, info.DocumentTitle)));
            data.Append(Line(3, (Look.Text, $"Instytucja: {info.InstitutionName}")));
            data.Append(Line(4, (Look.Text, info.Deadline ?? "Termin przekazania: nie ustalono.")));
            data.Append(Line(5, (Look.Text, "Proszę wpisać wartości w kolumnie G (tak jak w sprawozdaniu: 3712, 1 234,56 zł, 83,2%, ok. 3 700, b.d.) "
                + "i komentarz w kolumnie H, a potem wczytać plik w Kierunku. Pozostałe komórki są chronione.")));
            data.Append(Line(6, (Look.Header, "Lp."), (Look.Header, "Kod"), (Look.Header, "Pozycja"), (Look.Header, "Wskaźnik"),
                (Look.Header, $"{info.Year - 1} r."), (Look.Header, "Cel"), (Look.Header, $"Wartość za {info.Year} r."), (Look.Header, "Komentarz"), (Look.Header, "Stan")));
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                var input = r.Editable ? Look.Input : Look.Text;
                data.Append(Line((uint)(FirstRow + i), (Look.Text, (i + 1).ToString(CultureInfo.InvariantCulture)), (Look.Text, r.Code), (Look.Text, r.Item), (Look.Text, r.Indicator),
                    (Look.Text, r.LastYear), (Look.Text, r.Target), (input, r.Value), (input, r.Comment), (Look.Text, r.State)));
            }
            values.Worksheet = new Worksheet(
                new SheetViews(new SheetView { WorkbookViewId = 0, Pane = new Pane { VerticalSplit = FirstRow - 1, TopLeftCell = $"A{FirstRow}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen } }),
                new Columns(Width(1, 5), Width(2, 9), Width(3, 50), Width(4, 40), Width(5, 14), Width(6, 14), Width(7, 22), Width(8, 40), Width(9, 16)),
                data,
                // Protected without a password: it keeps the structure from being changed by accident, not from its owner.
                new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(values), SheetId = 1, Name = ValuesSheet });

            var key = workbook.AddNewPart<WorksheetPart>();
            var keyData = new SheetData(
                Line(1, (Look.Text, "strategia"), (Look.Text, info.DocumentKey)),
                Line(2, (Look.Text, "rok"), (Look.Text, info.Year.ToString(CultureInfo.InvariantCulture))),
                Line(3, (Look.Text, "instytucja"), (Look.Text, info.InstitutionKey)),
                Line(4, (Look.Text, "suma kontrolna"), (Look.Text, Checksum(info.DocumentKey, info.Year, info.InstitutionKey, rows.Select((r, i) => (FirstRow + i, r.EntryId, r.Version))))));
            for (var i = 0; i < rows.Count; i++)
                keyData.Append(Line((uint)(6 + i), (Look.Text, (FirstRow + i).ToString(CultureInfo.InvariantCulture)),
                    (Look.Text, rows[i].EntryId.ToString(CultureInfo.InvariantCulture)), (Look.Text, rows[i].Version.ToString(CultureInfo.InvariantCulture))));
            key.Worksheet = new Worksheet(keyData, new SheetProtection { Sheet = true });
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(key), SheetId = 2, Name = KeySheet, State = SheetStateValues.VeryHidden });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The values of a packet this class wrote, or why the file is not one (<see cref="PacketErrors"/>).</summary>
    public static Result<ReturnedPacket> Read(string fileName, byte[] bytes)
    {
        if (bytes.LongLength > MaxBytes) return PacketErrors.TooLarge(fileName, bytes.LongLength);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // A packet is a few hundred kB of XML at most: a part that unpacks to more is not one (or a zip bomb).
            using var book = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 20_000_000 });
            var workbook = book.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var keySheet = sheets.FirstOrDefault(s => s.Name == KeySheet);
            var valueSheet = sheets.FirstOrDefault(s => s.Name == ValuesSheet);
            if (workbook is null || keySheet?.Id?.Value is not { } keyId || valueSheet?.Id?.Value is not { } valuesId) return PacketErrors.NotAPacket(fileName);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var keyCells = Cells((WorksheetPart)workbook.GetPartById(keyId), strings);
            var valueCells = Cells((WorksheetPart)workbook.GetPartById(valuesId), strings);

            var documentKey = keyCells.GetValueOrDefault("B1");
            var institution = keyCells.GetValueOrDefault("B3");
            if (documentKey is null || institution is null || !int.TryParse(keyCells.GetValueOrDefault("B2"), CultureInfo.InvariantCulture, out var year))
                return PacketErrors.NotAPacket(fileName);
            var mapping = new List<(int Row, int EntryId, int Version)>();
            for (var r = 6; keyCells.GetValueOrDefault($"A{r}") is { } rowText; r++)
            {
                if (!int.TryParse(rowText, CultureInfo.InvariantCulture, out var row) || !int.TryParse(keyCells.GetValueOrDefault($"B{r}"), CultureInfo.InvariantCulture, out var id)
                    || !int.TryParse(keyCells.GetValueOrDefault($"C{r}"), CultureInfo.InvariantCulture, out var version))
                    return PacketErrors.Tampered(fileName);
                mapping.Add((row, id, version));
            }
            if (keyCells.GetValueOrDefault("B4") != Checksum(documentKey, year, institution, mapping)) return PacketErrors.Tampered(fileName);
            var rows = mapping.Select(m => new ReturnedRow(m.EntryId, m.Version, $"{ValueColumn}{m.Row}",
                Blank(valueCells.GetValueOrDefault($"{ValueColumn}{m.Row}")), Blank(valueCells.GetValueOrDefault($"{CommentColumn}{m.Row}")))).ToList();
            return Result<ReturnedPacket>.Ok(new ReturnedPacket(documentKey, year, institution, rows));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or InvalidOperationException or System.Xml.XmlException or ArgumentException)
        {
            return PacketErrors.NotAWorkbook(fileName);
        }
    }

    /// <summary>Every cell's text by its reference ("G12"): shared and inline strings as written, numbers as Excel stores
    /// them turned into Polish notation (a cell someone formatted back to a number).</summary>
    private static Dictionary<string, string> Cells(WorksheetPart part, IReadOnlyList<string> strings)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            if (cell.CellReference?.Value is not { } reference) continue;
            string? text = cell.DataType?.Value switch
            {
                var t when t == CellValues.SharedString => int.TryParse(cell.CellValue?.Text, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : null,
                var t when t == CellValues.InlineString => cell.InlineString?.InnerText,
                var t when t == CellValues.String || t == CellValues.Boolean => cell.CellValue?.Text,
                _ => cell.CellValue?.Text is { } number && decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                    ? n.ToString("0.############", CultureInfo.GetCultureInfo("pl-PL")) : cell.CellValue?.Text,
            };
            if (text is not null) cells[reference] = text;
        }
        return cells;
    }

    /// <summary>Which period, institution and value each row is, hashed: a row moved, added or relabelled changes it.</summary>
    private static string Checksum(string documentKey, int year, string institution, IEnumerable<(int Row, int EntryId, int Version)> rows) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{documentKey}|{year}|{institution}|{string.Join(";", rows.Select(r => $"{r.Row}:{r.EntryId}:{r.Version}"))}")));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static Row Line(uint index, params (Look Look, string? Text)[] cells)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
            row.Append(new Cell
            {
                CellReference = $"{(char)('A' + c)}{index}", StyleIndex = (uint)cells[c].Look, DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(XmlSafe(cells[c].Text ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
            });
        return row;
    }

    /// <summary>XML cannot hold control characters; a value holding one never reaches a packet (InputText refuses them).</summary>
    private static string XmlSafe(string text) => new(text.Where(XmlConvertible).ToArray());

    private static bool XmlConvertible(char c) => c is '\t' or '\n' or '\r' || c >= ' ';

    private static Column Width(uint index, double width) => new() { Min = index, Max = index, Width = width, CustomWidth = true };

    private static void Styles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 14 })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF6D5" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(), new Border(new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                // The input cells: text format (49, "@") so what is typed stays text, unlocked, marked by a pale fill.
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, new Protection { Locked = false })
                {
                    NumberFormatId = 49, FillId = 2, BorderId = 1, ApplyNumberFormat = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true, ApplyProtection = true,
                }));
    }
}
