using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kierunek.Domain.Values;
using Kierunek.Reports.Model;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Table = Kierunek.Reports.Model.Table;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Kierunek.Reports.Rendering;

/// <summary>An editable Word document built with the OpenXML SDK: heading styles and a table of contents,
/// table header rows repeated on every page, landscape sections for wide tables, page numbers,
/// the report's notes as real footnotes, Polish as the proofing language.</summary>
public static class DocxReport
{
    // A4 in twentieths of a point; margins 2 cm (1134) left/right, 1,5 cm top/bottom.
    private const uint A4Short = 11906, A4Long = 16838;
    private const int Margin = 1134, MarginTopBottom = 850;

    public static byte[] Render(Report report)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true }); // Word fills the table of contents on opening
            var footerId = AddPageNumberFooter(main);
            var footnotes = new Notes(main);
            var charts = new Charts(main);
            var body = new Body();

            body.Append(Para(report.Title, "Title"));
            if (report.Subtitle is { } subtitle) body.Append(Para(subtitle, "Subtitle"));
            if (report.Source is { } source) body.Append(Para(source, null));
            if (report.Prepared is { } prepared) body.Append(Para($"Sporządzono {PolishFormat.Date(prepared)}", null));
            word.PackageProperties.Title = XmlText.Safe(report.Title);
            word.PackageProperties.Subject = report.Subtitle is null ? null : XmlText.Safe(report.Subtitle);
            word.PackageProperties.Creator = "Kierunek";
            word.PackageProperties.Language = "pl-PL";
            body.Append(Para("Spis treści", "TOCHeading"));
            body.Append(Contents(report));

            var landscape = false;
            foreach (var section in report.Sections)
            {
                if (section.Landscape != landscape)
                {
                    // A section break closes the pages before it with their own orientation.
                    body.Append(new WordParagraph(new ParagraphProperties(PageSetup(landscape, footerId))));
                    landscape = section.Landscape;
                }
                AppendSection(body, section, footnotes, charts);
            }
            body.Append(PageSetup(landscape, footerId));
            main.Document = new Document(body);
            footnotes.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A table-of-contents field whose result already lists the top-level headings, so every
    /// viewer shows them; Word adds the page numbers when it updates the field on opening.</summary>
    private static IEnumerable<WordParagraph> Contents(Report report)
    {
        var headings = report.Sections.Select(s => s.Heading).DefaultIfEmpty("Spis treści zostanie uzupełniony po otwarciu dokumentu.").ToList();
        for (var i = 0; i < headings.Count; i++)
        {
            var paragraph = new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }));
            if (i == 0)
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(@" TOC \o ""1-3"" \h \z \u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            paragraph.Append(new Run(TextOf(headings[i])));
            if (i == headings.Count - 1) paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            yield return paragraph;
        }
    }

    private static void AppendSection(Body body, Section section, Notes notes, Charts charts)
    {
        body.Append(Para(section.Heading, $"Heading{Math.Clamp(section.Level - 1, 1, 3)}"));
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case Model.Paragraph p: body.Append(Para(p.Text, null)); break;
                case BulletList l: foreach (var item in l.Items) body.Append(Para("• " + item, "ListParagraph")); break;
                case Table t:
                    body.Append(Para(t.Caption, "Caption"));
                    body.Append(WordTableOf(t, notes, section.Landscape ? A4Long - 2 * Margin : A4Short - 2 * Margin));
                    body.Append(Para("", null));
                    break;
                case Chart c:
                    body.Append(charts.Of(c));
                    body.Append(Para(c.Title, "Caption"));
                    body.Append(Para(c.Description, null));
                    break;
                case Section s: AppendSection(body, s, notes, charts); break;
            }
        }
    }

    private static WordTable WordTableOf(Table table, Notes notes, long textWidth)
    {
        var widths = ColumnWidths(table, textWidth);
        var word = new WordTable(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableLayout { Type = TableLayoutValues.Autofit }));
        var grid = new TableGrid();
        foreach (var width in widths) grid.Append(new GridColumn { Width = width.ToString() });
        word.Append(grid);

        // A header cell spanning rows continues as a vertically merged cell in the rows below it.
        var continuing = new Dictionary<(int Row, int Column), HeaderCell>();
        for (var r = 0; r < table.HeaderRows.Count; r++)
        {
            var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
            var column = 0;
            foreach (var header in table.HeaderRows[r])
            {
                while (continuing.Remove((r, column), out var above)) { row.Append(MergedContinuation(above)); column += above.ColumnSpan; }
                row.Append(Cell(header.Text, header.ColumnSpan, bold: true, shaded: true, merge: header.RowSpan > 1 ? MergedCellValues.Restart : null));
                for (var below = 1; below < header.RowSpan; below++) continuing[(r + below, column)] = header;
                column += header.ColumnSpan;
            }
            while (continuing.Remove((r, column), out var above)) { row.Append(MergedContinuation(above)); column += above.ColumnSpan; }
            word.Append(row);
        }
        foreach (var row in table.Rows)
        {
            // A long action may run onto the next page (a row that cannot split is cut off when taller than a page).
            var wordRow = row.Kind == RowKind.Body ? new TableRow() : new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var cell in row.Cells) wordRow.Append(BodyCell(cell, row.Kind, notes));
            word.Append(wordRow);
        }
        SetCellWidths(word, widths);
        return word;
    }

    /// <summary>Column widths in twentieths of a point: the page's text width shared by how much text each
    /// column holds, so Word and LibreOffice lay out merged cells alike (an empty grid makes LibreOffice
    /// ignore spans).</summary>
    private static long[] ColumnWidths(Table table, long textWidth)
    {
        var length = new double[table.ColumnCount];
        var count = new int[table.ColumnCount];
        // The widest thing that must not break: an amount ("72 344 401,00 zł" is held together by no-break
        // spaces); a long word may break, so words count up to 9 letters.
        var longestWord = new int[table.ColumnCount];
        void Words(int column, string text) => longestWord[column] = Math.Max(longestWord[column],
            text.Split([' ', '\n', '/'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Any(char.IsDigit) ? Math.Min(w.Length, 17) : Math.Min(w.Length, 9)).DefaultIfEmpty(0).Max());
        var taken = new HashSet<(int Row, int Column)>(); // columns held by a header cell spanning rows from above
        for (var r = 0; r < table.HeaderRows.Count; r++)
        {
            var column = 0;
            foreach (var h in table.HeaderRows[r])
            {
                while (taken.Contains((r, column))) column++;
                if (h.ColumnSpan == 1 && column < length.Length) Words(column, h.Text);
                for (var below = 1; below < h.RowSpan; below++)
                for (var c = 0; c < h.ColumnSpan; c++)
                    taken.Add((r + below, column + c));
                column += h.ColumnSpan;
            }
        }
        foreach (var row in table.Rows.Where(r => r.Kind == RowKind.Body))
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.ColumnSpan == 1 && column < length.Length)
                {
                    length[column] += cell.Text.Length + cell.Items.Sum(i => i.Length + 2);
                    count[column]++;
                    Words(column, cell.Text);
                }
                column += cell.ColumnSpan;
            }
        }
        // First room for each column's longest word (8-point text is about 80 twips a character, plus the
        // cell's margins), then what is left shared by how much text a column holds.
        var least = longestWord.Select(w => Math.Max(4, w) * 80.0 + 180).ToArray();
        var spare = textWidth - least.Sum();
        if (spare <= 0) return least.Select(l => (long)(l * textWidth / least.Sum())).ToArray();
        var weights = length.Select((l, i) => Math.Clamp(count[i] == 0 ? 1 : l / count[i], 1, 60)).ToArray();
        return least.Select((l, i) => (long)(l + spare * weights[i] / weights.Sum())).ToArray();
    }

    private static void SetCellWidths(WordTable table, long[] widths)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var column = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var span = cell.TableCellProperties?.GetFirstChild<GridSpan>()?.Val?.Value ?? 1;
                var width = widths.Skip(column).Take(span).Sum();
                (cell.TableCellProperties ??= new TableCellProperties()).PrependChild(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() });
                column += span;
            }
        }
    }

    private static TableCell MergedContinuation(HeaderCell above) =>
        Cell("", above.ColumnSpan, bold: true, shaded: true, merge: MergedCellValues.Continue);

    private static TableCell Cell(string text, int span, bool bold, bool shaded, MergedCellValues? merge)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } m) properties.Append(new VerticalMerge { Val = m });
        if (shaded) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E8EEF5", Color = "auto" });
        var run = new Run(TextOf(text));
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return new TableCell(properties, new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), run));
    }

    private static TableCell BodyCell(ReportCell cell, RowKind kind, Notes notes)
    {
        var properties = new TableCellProperties();
        if (cell.ColumnSpan > 1) properties.Append(new GridSpan { Val = cell.ColumnSpan });
        if (kind == RowKind.Group) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F2F2", Color = "auto" });
        var bold = kind != RowKind.Body;
        var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
        if (cell.Number is not null && cell.Items.Count == 0) paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
        var first = new WordParagraph(paragraphProperties);
        if (cell.Text.Length > 0 || cell.Items.Count == 0) first.Append(TextRun(cell.Text, bold));
        if (cell.Warning is { } warning)
            first.Append(new Run(new RunProperties(new Bold(), new Color { Val = "8A1C00" }), TextOf(" ⚠ " + warning)));
        if (cell.Footnote is { } note) first.Append(notes.Reference(note));
        var tableCell = new TableCell(properties);
        if (first.ChildElements.Count > 1 || cell.Items.Count == 0) tableCell.Append(first);
        foreach (var item in cell.Items)
            tableCell.Append(new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), TextRun("• " + item, bold)));
        if (!tableCell.Elements<WordParagraph>().Any()) tableCell.Append(new WordParagraph());
        return tableCell;
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run(TextOf(text));
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        return run;
    }

    private static WordParagraph Para(string text, string? style)
    {
        var paragraph = new WordParagraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(TextOf(text)));
        return paragraph;
    }

    private static SectionProperties PageSetup(bool landscape, string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        landscape
            ? new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = A4Short, Height = A4Long },
        new PageMargin { Top = MarginTopBottom, Bottom = MarginTopBottom, Left = (uint)Margin, Right = (uint)Margin, Header = 567, Footer = 567 });

    private static string AddPageNumberFooter(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new WordParagraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(TextOf("Strona ")),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(TextOf(" z ")),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
        return main.GetIdOfPart(part);
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" },
                new FontSize { Val = "20" }, new Languages { Val = "pl-PL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))));
        styles.Append(
            ParagraphStyle("Normal", "Normal", null, null, isDefault: true),
            ParagraphStyle("Title", "Title", 36, null),
            ParagraphStyle("Subtitle", "Subtitle", 26, null),
            ParagraphStyle("Heading1", "heading 1", 30, 0),
            ParagraphStyle("Heading2", "heading 2", 26, 1),
            ParagraphStyle("Heading3", "heading 3", 22, 2),
            ParagraphStyle("TOCHeading", "TOC Heading", 26, null),
            ParagraphStyle("TOC1", "toc 1", 18, null),
            ParagraphStyle("Caption", "caption", 20, null),
            ParagraphStyle("ListParagraph", "List Paragraph", null, null),
            ParagraphStyle("TableText", "Table Text", 16, null),
            ParagraphStyle("FootnoteText", "footnote text", 16, null),
            new Style(new StyleName { Val = "Report Table" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "767676" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "767676" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "767676" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "767676" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "767676" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "767676" }),
                    new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "ReportTable" },
            new Style(new StyleName { Val = "footnote reference" }, new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
            { Type = StyleValues.Character, StyleId = "FootnoteReference" });
        part.Styles = styles;
    }

    private static Style ParagraphStyle(string id, string name, int? halfPoints, int? outlineLevel, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        else style.Append(new BasedOn { Val = "Normal" });
        if (outlineLevel is { } level)
        {
            style.Append(new NextParagraphStyle { Val = "Normal" });
            style.Append(new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }));
        }
        if (id == "TableText") style.Append(new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }));
        var run = new StyleRunProperties();
        if (outlineLevel is not null || id is "Title" or "Caption") run.Append(new Bold());
        if (halfPoints is { } size) run.Append(new FontSize { Val = size.ToString() });
        if (run.HasChildren) style.Append(run);
        return style;
    }

    /// <summary>The document's footnotes, one for every reference (Word numbers them in order).</summary>
    private sealed class Notes(MainDocumentPart main)
    {
        private readonly FootnotesPart part = main.AddNewPart<FootnotesPart>();
        private long lastId;
        private readonly Footnotes footnotes = new(
            new Footnote(new WordParagraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new WordParagraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });

        public Run Reference(string text)
        {
            var id = ++lastId;
            footnotes.Append(new Footnote(new WordParagraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
                new Run(TextOf(" " + text)))) { Id = id });
            return new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id });
        }

        public void Save() => part.Footnotes = footnotes;
    }

    /// <summary>Charts as Word charts (<see cref="OfficeCharts"/>) in line with the text, 16 cm wide (fits a portrait
    /// page), each with its numbers in a workbook embedded in it ("Edit data") and its title and one-sentence
    /// description as alternative text.</summary>
    private sealed class Charts(MainDocumentPart main)
    {
        private const long WidthEmu = 16 * 360_000L; // 360 000 EMU to a centimetre
        private uint lastId;

        public WordParagraph Of(Chart chart)
        {
            var part = main.AddNewPart<ChartPart>();
            var space = OfficeCharts.Of(chart, OfficeCharts.Embedded);
            var workbook = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
            using (var xlsx = new MemoryStream(OfficeCharts.Workbook(chart))) workbook.FeedData(xlsx);
            space.Append(new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = part.GetIdOfPart(workbook) });
            part.ChartSpace = space;
            var id = ++lastId;
            var height = WidthEmu * ChartImages.Height / ChartImages.Width;
            var inline = new DW.Inline(
                new DW.Extent { Cx = WidthEmu, Cy = height },
                new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
                new DW.DocProperties { Id = id, Name = $"Wykres {id}", Title = XmlText.Safe(chart.Title), Description = XmlText.Safe(chart.Description) },
                new DW.NonVisualGraphicFrameDrawingProperties(),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            {
                DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
            };
            return new WordParagraph(new ParagraphProperties(new KeepNext()), new Run(new Drawing(inline)));
        }
    }

    /// <summary>A run's text, spaces kept, with what XML cannot hold shown as "�" (<see cref="XmlText"/>).</summary>
    private static Text TextOf(string text) => new(XmlText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve };
}
