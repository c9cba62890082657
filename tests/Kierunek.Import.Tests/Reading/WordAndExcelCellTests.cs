using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Kierunek.Import.Grids;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using System.IO.Compression;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kierunek.Import.Tests.Reading;

/// <summary>What a Word or Excel cell reads as: merged cells as one, paragraphs and lists kept apart, footnote marks out
/// of the value, numbers as Excel shows them, a formula by its computed value; and the refusals of files that are
/// Office files but cannot be read, each saying what to do.</summary>
public class WordAndExcelCellTests
{
    [Fact]
    public void A_Word_cell_spanning_columns_keeps_the_later_cells_in_their_columns_and_a_cell_merged_down_is_empty_below_its_first_row()
    {
        var docx = Word(new W.Table(
            Row(Cell("Zadanie 1.1"), Cell("Koszt", span: 2)),
            Row(Cell("Działanie a", merge: W.MergedCellValues.Restart), Cell("12 500"), Cell("x")),
            Row(Cell("", merge: W.MergedCellValues.Continue), Cell("b.d."), Cell("x"))));

        var lines = Read("plan.docx", docx).Lines;

        Assert.Equal(["Zadanie 1.1\tKoszt\t", "Działanie a\t12 500\tx", "\tb.d.\tx", ""], lines);
    }

    [Fact]
    public void Paragraphs_and_list_items_in_a_Word_cell_stay_apart_and_a_footnote_mark_leaves_the_value_alone()
    {
        var list = new W.Paragraph(new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = 1 })),
            new W.Run(new W.Text("116 rodzin")));
        var marked = new W.Paragraph(new W.Run(new W.Text("84")), new W.Run(new W.FootnoteReference { Id = 1 }));
        var docx = Word(new W.Table(Row(new W.TableCell(new W.Paragraph(new W.Run(new W.Text("Objęto wsparciem:"))), list),
            new W.TableCell(marked))), footnote: "dane za I półrocze");

        var source = Read("plan.docx", docx);
        var cells = source.Lines[0].Split('\t').Select(CellText.Parse).ToList();

        Assert.Equal("Objęto wsparciem:\n• 116 rodzin", cells[0].Text);
        Assert.Equal(["116 rodzin"], cells[0].Items);
        Assert.Equal("84", cells[1].Text);
        Assert.Contains("Przypis 1: dane za I półrocze", source.Lines);
    }

    [Fact]
    public void An_Excel_cell_reads_as_Excel_shows_it_in_Polish()
    {
        var xlsx = Excel(["#,##0.00", "0.00%", "dd.mm.yyyy", "#,##0"],
            new S.Row(Number("A1", 47128.55, style: 1), Number("B1", 0.0375, style: 2), Number("C1", 44635, style: 3), Number("D1", 12500000, style: 4)),
            new S.Row(Number("A2", 2021), Number("B2", 295, formula: "SUM(B3:B4)"), Text("C2", "ok. 3.700"), new S.Cell { CellReference = "D2", DataType = S.CellValues.Boolean, CellValue = new S.CellValue("1") }));

        var lines = Read("wskazniki.xlsx", xlsx).Lines;

        Assert.Equal("47 128,55\t3,75%\t15.03.2022\t12 500 000", lines[0]);
        Assert.Equal("2021\t295\tok. 3.700\tPRAWDA", lines[1]);
    }

    [Fact]
    public void An_Excel_range_merged_across_or_down_is_its_first_cell_and_empty_ones()
    {
        var xlsx = Excel([],
            new S.Row(Text("A1", "Cel 1"), Text("B1", "Poprawa"), Text("C1", "")) { RowIndex = 1 },
            new S.Row(Text("A2", "1.1"), Text("B2", "a"), Text("C2", "7")) { RowIndex = 2 },
            new S.Row(Text("A3", ""), Text("B3", "b"), Text("C3", "8")) { RowIndex = 3 });
        var withMerges = AddMerges(xlsx, "B1:C1", "A2:A3");

        var lines = Read("cele.xlsx", withMerges).Lines;

        Assert.Equal(["Cel 1\tPoprawa\t", "1.1\ta\t7", "\tb\t8", ""], lines);
    }

    [Fact]
    public void An_indented_Excel_cell_and_an_indented_Word_paragraph_keep_two_spaces_per_level()
    {
        var xlsx = Excel(["@"], new S.Row(Text("A1", "Cel 1")) { RowIndex = 1 }, new S.Row(new S.Cell
        {
            CellReference = "A2", StyleIndex = 1, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text("Działanie 1.1")),
        }) { RowIndex = 2 });
        var withIndent = SetIndent(xlsx, style: 1, indent: 2);
        var indented = new W.Paragraph(new W.ParagraphProperties(new W.Indentation { Left = "709" }), new W.Run(new W.Text("Działanie 1.1")));
        var docx = Word(new W.Table(Row(Cell("Cel 1")), Row(new W.TableCell(indented))));

        Assert.Equal(["Cel 1", "    Działanie 1.1"], Read("cele.xlsx", withIndent).Lines.Take(2));
        Assert.Equal(["Cel 1", "  Działanie 1.1"], Read("cele.docx", docx).Lines.Take(2));
    }

    [Fact]
    public void A_hidden_sheet_is_left_out_and_each_line_names_its_sheet_and_row()
    {
        var xlsx = Excel([], [new S.Row(Text("A1", "widoczny")) { RowIndex = 1 }], hidden: [new S.Row(Text("A1", "pomocniczy")) { RowIndex = 1 }]);

        var source = Read("dane.xlsx", xlsx);

        Assert.DoesNotContain("pomocniczy", source.Lines);
        Assert.Equal("arkusz „Dane”, wiersz 1", source.PlaceOf(1));
    }

    [Fact]
    public void A_refusal_of_a_Word_table_names_its_table_and_row()
    {
        var docx = Word(new W.Table(Row(Cell("Lp."), Cell("Nazwa"), Cell("Kwota")), Row(Cell("1"), Cell("Dożywianie"), Cell("10"))));

        var result = DocumentImporter.ImportText(Read("nieznany.docx", docx));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ImportErrorCodes.UnknownLayout, error.Code);
        Assert.Equal("tabela 1, wiersz 1", error.At.Place);
        Assert.StartsWith("nieznany.docx, tabela 1, wiersz 1", error.ToString());
    }

    [Theory]
    [InlineData("doc", ImportErrorCodes.UnsupportedOfficeFile, "zapisz jako")]
    [InlineData("pptx", ImportErrorCodes.UnsupportedOfficeFile, "prezentacja PowerPointa")]
    [InlineData("zip", ImportErrorCodes.UnsupportedOfficeFile, "archiwum ZIP")]
    [InlineData("broken", ImportErrorCodes.BrokenOfficeFile, "zapisz ponownie")]
    public void An_Office_file_that_cannot_be_read_is_refused_with_what_to_do(string kind, string code, string advice)
    {
        var bytes = kind switch
        {
            "doc" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            "pptx" => Zip("ppt/presentation.xml"),
            "zip" => Zip("raport.txt"),
            _ => Word(new W.Table(Row(Cell("a"), Cell("b"))))[..200],
        };

        var result = SourceText.FromBytes("plik", bytes);

        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(advice, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static SourceText Read(string name, byte[] bytes)
    {
        var result = SourceText.FromBytes(name, bytes);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value!;
    }

    private static W.TableRow Row(params W.TableCell[] cells) => new(cells);

    private static W.TableCell Cell(string text, int span = 1, W.MergedCellValues? merge = null)
    {
        var properties = new W.TableCellProperties();
        if (span > 1) properties.Append(new W.GridSpan { Val = span });
        if (merge is { } m) properties.Append(new W.VerticalMerge { Val = m });
        return new W.TableCell(properties, new W.Paragraph(new W.Run(new W.Text(text))));
    }

    private static byte[] Word(W.Table table, string? footnote = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(table));
            if (footnote is not null)
            {
                var notes = main.AddNewPart<FootnotesPart>();
                notes.Footnotes = new W.Footnotes(new W.Footnote(new W.Paragraph(new W.Run(new W.Text(footnote)))) { Id = 1 });
            }
        }
        return stream.ToArray();
    }

    private static S.Cell Text(string reference, string text) => new()
    {
        CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(text)),
    };

    private static S.Cell Number(string reference, double value, uint style = 0, string? formula = null) => new()
    {
        CellReference = reference, StyleIndex = style, CellFormula = formula is null ? null : new S.CellFormula(formula),
        CellValue = new S.CellValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static byte[] Excel(string[] formats, params S.Row[] rows) => Excel(formats, rows, hidden: null);

    private static byte[] Excel(string[] formats, S.Row[] rows, S.Row[]? hidden)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            var cellFormats = new S.CellFormats(new S.CellFormat { NumberFormatId = 0 });
            var numberFormats = new S.NumberingFormats();
            for (var i = 0; i < formats.Length; i++)
            {
                numberFormats.Append(new S.NumberingFormat { NumberFormatId = 164u + (uint)i, FormatCode = formats[i] });
                cellFormats.Append(new S.CellFormat { NumberFormatId = 164u + (uint)i, ApplyNumberFormat = true });
            }
            styles.Stylesheet = new S.Stylesheet(numberFormats, new S.Fonts(new S.Font()), new S.Fills(new S.Fill()), new S.Borders(new S.Border()), cellFormats);
            var sheets = new S.Sheets();
            if (hidden is not null)
            {
                var helper = workbook.AddNewPart<WorksheetPart>();
                helper.Worksheet = new S.Worksheet(new S.SheetData(hidden));
                sheets.Append(new S.Sheet { Id = workbook.GetIdOfPart(helper), SheetId = 2, Name = "Pomocniczy", State = S.SheetStateValues.Hidden });
            }
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData(rows));
            sheets.Append(new S.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Dane" });
            workbook.Workbook.AppendChild(sheets);
        }
        return stream.ToArray();
    }

    private static byte[] AddMerges(byte[] xlsx, params string[] ranges)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
            sheet.Append(new S.MergeCells(ranges.Select(r => new S.MergeCell { Reference = r })));
        }
        return stream.ToArray();
    }

    private static byte[] SetIndent(byte[] xlsx, uint style, uint indent)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var format = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<S.CellFormat>().ElementAt((int)style);
            format.Append(new S.Alignment { Indent = indent });
            format.ApplyAlignment = true;
        }
        return stream.ToArray();
    }

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(entry).Open())) writer.Write("<x/>");
        return stream.ToArray();
    }
}
