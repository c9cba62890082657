using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kierunek.Domain.Results;
using System.Text;

namespace Kierunek.Import.Reading;

/// <summary>A Word document (.docx) as the lines Word's "save as text" writes, read through the OpenXML SDK: a line per
/// paragraph and per table row, the row's cells separated by tabs. A cell spanning columns (<c>gridSpan</c>) is one
/// cell followed by empty ones for the columns it covers, so every later cell keeps its column; a cell merged with the
/// one above (<c>vMerge</c>) is empty below its first row, as the layouts read it (the coordinator or cost of the row
/// above). Paragraphs inside a cell are kept
/// apart (<see cref="ParagraphBreak"/>), list paragraphs become "• " items, footnote marks are left out of the cell (a
/// value "84¹" reads as 84) and the footnotes follow the document, as Word writes them. Tables continued on the next
/// page (two tables with the header repeated, an empty paragraph or a page break between) read as the seeds do.</summary>
public static class WordFile
{
    /// <summary>Stands between two paragraphs of one cell in a line; <see cref="Grids.CellText"/> reads it as a new line.</summary>
    public const char ParagraphBreak = '\u2029';

    public static Result<SourceText> Read(string fileName, byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("brak treści dokumentu (word/document.xml)");
        var reader = new Reader(document.MainDocumentPart!);
        reader.Blocks(body.ChildElements);
        reader.Footnotes();
        reader.Add("", null);
        return Result<SourceText>.Ok(new SourceText(fileName, reader.Lines) { Places = reader.Places });
    }

    private sealed class Reader(MainDocumentPart part)
    {
        public List<string> Lines { get; } = [];
        public List<string?> Places { get; } = [];
        private readonly List<string> footnoteIds = [];
        private int tables;

        public void Blocks(IEnumerable<OpenXmlElement> elements)
        {
            foreach (var element in elements)
            {
                switch (element)
                {
                    case Paragraph p:
                        foreach (var line in BodyLines(p)) Add(line, tables == 0 ? "tekst przed pierwszą tabelą" : $"tekst po tabeli {tables}");
                        break;
                    case Table t:
                        Table(t);
                        break;
                    case SdtBlock sdt:
                        Blocks(sdt.SdtContentBlock?.ChildElements ?? (IEnumerable<OpenXmlElement>)[]);
                        break;
                    case CustomXmlBlock custom:
                        Blocks(custom.ChildElements);
                        break;
                }
            }
        }

        /// <summary>The footnotes the text referred to, in order, after the document ("Przypis 1: …").</summary>
        public void Footnotes()
        {
            var notes = part.FootnotesPart?.Footnotes;
            if (notes is null || footnoteIds.Count == 0) return;
            Add("", "przypisy");
            var number = 0;
            foreach (var id in footnoteIds)
            {
                number++;
                var note = notes.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value.ToString() == id);
                if (note is null) continue;
                var text = string.Join(" ", note.Elements<Paragraph>().Select(p => Text(p, inCell: true)).Where(t => t.Length > 0));
                Add($"Przypis {number}: {text.Trim()}", $"przypis {number}");
            }
        }

        public void Add(string line, string? place)
        {
            Lines.Add(line);
            Places.Add(place);
        }

        private void Table(Table table)
        {
            tables++;
            var row = 0;
            foreach (var tr in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
            {
                row++;
                var cells = tr.ChildElements.SelectMany(CellsOf).SelectMany(c => Enumerable.Repeat("", Span(c) - 1).Prepend(Cell(c)));
                Add(string.Join('\t', cells), $"tabela {tables}, wiersz {row}");
            }
            // A table ends where the next paragraph starts; two tables that touch are still two tables.
            if (table.NextSibling() is Table) Add("", $"tabela {tables}");
        }

        /// <summary>How many grid columns a cell covers (at most the 63 columns Word allows).</summary>
        private static int Span(TableCell cell) => Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, 63);

        private static IEnumerable<TableCell> CellsOf(OpenXmlElement element) => element switch
        {
            TableCell c => [c],
            SdtCell sdt => sdt.SdtContentCell?.Elements<TableCell>() ?? [],
            CustomXmlCell custom => custom.Elements<TableCell>(),
            _ => [],
        };

        private string Cell(TableCell cell)
        {
            var properties = cell.TableCellProperties;
            if (properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue)) return "";
            var paragraphs = new List<string>();
            foreach (var element in cell.ChildElements)
            {
                if (element is Paragraph p)
                {
                    var text = Text(p, inCell: true);
                    foreach (var piece in text.Split('\n'))
                    {
                        var line = piece.Trim();
                        if (line.Length == 0) continue;
                        paragraphs.Add(Indent(p) + (IsListItem(p) && !line.StartsWith('•') ? "• " + line : line));
                    }
                }
                else if (element is Table nested)
                    paragraphs.AddRange(nested.Elements<TableRow>().Select(r => string.Join(" ", r.Elements<TableCell>().Select(c => Cell(c).Replace(ParagraphBreak, ' ')))).Where(l => l.Trim().Length > 0));
                else if (element is SdtBlock sdt)
                    paragraphs.AddRange(sdt.Descendants<Paragraph>().Select(p => Text(p, inCell: true).Trim()).Where(l => l.Length > 0));
            }
            return string.Join(ParagraphBreak, paragraphs);
        }

        private IEnumerable<string> BodyLines(Paragraph paragraph) => Text(paragraph, inCell: false).Split('\n');

        private static bool IsListItem(Paragraph p) => p.ParagraphProperties?.NumberingProperties?.NumberingId is not null;

        /// <summary>Two spaces per step of the paragraph's left indent ("Zwiększ wcięcie" moves 1,25 cm = 709 twips), for
        /// the mapping wizard's levels from indentation; every other reader folds the spaces away.</summary>
        private static string Indent(Paragraph p)
        {
            var left = p.ParagraphProperties?.Indentation is { } indentation ? indentation.Left?.Value ?? indentation.Start?.Value : null;
            if (!int.TryParse(left, out var twips) || twips < 354) return "";
            return new string(' ', 2 * Math.Min((int)Math.Round(twips / 709.0), 15));
        }

        /// <summary>A paragraph's visible text: runs, tabs, breaks and hyperlinks; not deleted text, field codes, text boxes
        /// or drawings. In a cell a tab is a space (a tab would start a new cell); a line break starts a new line.</summary>
        private string Text(Paragraph paragraph, bool inCell)
        {
            var text = new StringBuilder();
            Walk(paragraph, text, inCell);
            return text.ToString();
        }

        private void Walk(OpenXmlElement element, StringBuilder text, bool inCell)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Text t: text.Append(t.Text); break;
                    case TabChar or PositionalTab: text.Append(inCell ? ' ' : '\t'); break;
                    case Break or CarriageReturn: text.Append('\n'); break;
                    case NoBreakHyphen: text.Append('-'); break;
                    case FootnoteReference f:
                        if (f.Id?.Value is { } id) footnoteIds.Add(id.ToString());
                        break;
                    case Drawing or Picture or EmbeddedObject or AlternateContent or DeletedRun or FieldCode: break;
                    default: Walk(child, text, inCell); break;
                }
            }
        }
    }
}
