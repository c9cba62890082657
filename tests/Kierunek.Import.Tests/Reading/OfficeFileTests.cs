using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import.Grids;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using Kierunek.TestSupport;
using System.Text.Json.Nodes;

namespace Kierunek.Import.Tests.Reading;

/// <summary>Offices keep their reports as Word and Excel files: a seed written as the .docx and .xlsx it was saved from —
/// with the merges the Word original had (a task, its coordinator and implementers, one cost spanning several actions) —
/// imports cell for cell as its text does.</summary>
public class OfficeFileTests
{
    /// <summary>Per seed, the columns whose empty cells are merged with the filled cell above in the copy: seed 000's
    /// task, coordinator, implementers and cost; the goal or task (and action) columns of the others.</summary>
    public static TheoryData<string, int[]> Seeds => new()
    {
        { SeedFiles.Lublin, [0, 2, 3, 5] },
        { SeedFiles.Bialystok, [0, 1] },
        { SeedFiles.RopsLublin, [0, 1] },
        { SeedFiles.Belchatow, [0] },
    };

    [Theory, MemberData(nameof(Seeds))]
    public void A_seed_saved_as_a_Word_document_imports_as_its_text_does(string seed, int[] mergeDown)
    {
        var text = File.ReadAllText(SeedFiles.Path(seed));
        var docx = OfficeCopies.Word(text, Paragraphs, mergeDown);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            Assert.True(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.VerticalMerge>().Count() > 3, "the copy merges cells down");
            Assert.True(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.GridSpan>().Any(), "the copy spans cells across");
        }

        Assert.Equal(Normalised(Import(seed, File.ReadAllBytes(SeedFiles.Path(seed)))), Normalised(Import(seed, docx)));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void A_seed_saved_as_an_Excel_sheet_imports_as_its_text_does(string seed, int[] mergeDown)
    {
        var text = File.ReadAllText(SeedFiles.Path(seed));
        var xlsx = OfficeCopies.Excel(text, Paragraphs, mergeDown);
        using (var excel = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var sheet = excel.WorkbookPart!.WorksheetParts.Single().Worksheet!;
            Assert.True(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.MergeCell>().Count() > 3, "the copy merges ranges");
            Assert.True(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Count(c => c.DataType is null) > 10, "the copy holds numbers, not only text");
        }

        Assert.Equal(Normalised(Import(seed, File.ReadAllBytes(SeedFiles.Path(seed)))), Normalised(Import(seed, xlsx)));
    }

    private static IReadOnlyList<string> Paragraphs(string raw) => CellText.Parse(raw).Text.Split('\n');

    /// <summary>Read under the seed's own name: the file's name is part of the document (its source), its kind is not.</summary>
    private static StrategyDocument Import(string name, byte[] bytes)
    {
        var source = SourceText.FromBytes(name, bytes);
        Assert.True(source.IsSuccess, string.Join("\n", source.Errors));
        var document = DocumentImporter.ImportText(source.Value!);
        Assert.True(document.IsSuccess, string.Join("\n", document.Errors));
        return document.Value!;
    }

    /// <summary>The document's exchange text with every string as the cell's words: the seeds wrap some cells in HTML
    /// (&lt;p&gt;295&lt;/p&gt;, Word's own text export, where a line break is a space), which a Word file does not
    /// have; the words, numbers and readings must be the same.</summary>
    private static string Normalised(StrategyDocument document)
    {
        var json = JsonNode.Parse(DocumentJson.Write(document))!;
        Normalise(json);
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static string Words(string text) => Domain.Values.ValueReader.Fold(CellText.Parse(text).Text.Replace('\n', ' '));

    private static void Normalise(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s)) o[key] = Words(s);
                    else if (value is not null) Normalise(value);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s)) a[i] = Words(s);
                    else if (a[i] is { } child) Normalise(child);
                }
                break;
        }
    }
}
