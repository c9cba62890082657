using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using System.Text;
using System.Text.Json.Nodes;

namespace Kierunek.Import.Tests.Strategies;

/// <summary>An exchange file is checked like any other input: a cell without its reading is refused by the schema the
/// model gives (not a crash after saving), and a reading that disagrees with the cell's raw text is refused naming the cell.</summary>
public class ExchangeCheckTests
{
    [Fact]
    public void Every_seed_exported_and_imported_again_passes_the_check()
    {
        foreach (var seed in new[] { SeedFiles.LublinReport, SeedFiles.BialystokReport, SeedFiles.RopsReport, SeedFiles.BelchatowReport })
            Assert.True(Import(DocumentJson.Write(seed)).IsSuccess, seed.Key);
    }

    [Fact]
    public void A_cell_with_raw_text_but_no_reading_is_refused_with_its_path()
    {
        var json = JsonNode.Parse(DocumentJson.Write(SeedFiles.LublinReport))!;
        var cell = FirstCell(json, c => true);
        cell.AsObject().Remove("reading");

        var e = Assert.Single(Import(json.ToJsonString()).Errors);

        Assert.Equal(ImportErrorCodes.InvalidExchangeFile, e.Code);
        Assert.Contains("reading", e.Message);
        Assert.NotNull(e.At.Line);
    }

    [Fact]
    public void A_reading_that_disagrees_with_the_raw_text_is_refused_naming_the_cell()
    {
        var json = JsonNode.Parse(DocumentJson.Write(SeedFiles.LublinReport))!;
        // "682 450,00" stored as 682,45 — what a tool reading dots and commas the wrong way round would write.
        var cell = FirstCell(json, c => c["raw"]!.GetValue<string>() == "682 450,00");
        cell["reading"]!["number"] = 682.45m;

        var e = Assert.Single(Import(json.ToJsonString()).Errors);

        Assert.Equal(ImportErrorCodes.InvalidExchangeFile, e.Code);
        Assert.Contains("„682 450,00” to: kwota 682 450,00 zł, a plik podaje: kwota 682,45 zł", e.Message.Replace("\u00a0", " "));
        Assert.StartsWith("Działanie Przebudowa budynku", e.Message);
        Assert.Contains("koszt", e.At.Column);
    }

    private static JsonNode FirstCell(JsonNode node, Func<JsonNode, bool> wanted)
    {
        if (node is JsonObject o)
        {
            if (o.ContainsKey("raw") && o.ContainsKey("reading") && wanted(o)) return o;
            foreach (var (_, child) in o) if (child is not null && Find(child) is { } f) return f;
        }
        if (node is JsonArray a) foreach (var child in a) if (child is not null && Find(child) is { } f) return f;
        throw new InvalidOperationException("no such cell");

        JsonNode? Find(JsonNode child)
        {
            try { return FirstCell(child, wanted); }
            catch (InvalidOperationException) { return null; }
        }
    }

    private static Kierunek.Domain.Results.Result<Kierunek.Domain.Strategies.StrategyDocument> Import(string json) =>
        DocumentImporter.ImportText(SourceText.FromBytes("wymiana.json", Encoding.UTF8.GetBytes(json)).Value!);
}
