using Kierunek.Domain.Strategies.Checks;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Import.Tests;

namespace Kierunek.Domain.Tests.Strategies.Checks;

/// <summary>A report's notes against their own percentages: the seeds as printed hold no contradiction; a note
/// saying "ponad połowa (38%)" is found, on its indicator's line.</summary>
public class TextShareCheckTests
{
    [Fact]
    public void The_seeds_as_printed_say_nothing_their_percentages_contradict()
    {
        foreach (var seed in new[] { SeedFiles.LublinReport, SeedFiles.BialystokReport, SeedFiles.RopsReport, SeedFiles.BelchatowReport })
            Assert.Empty(TextShareCheck.Run(seed));
    }

    [Fact]
    public void A_note_whose_words_and_percentage_disagree_is_found_on_its_indicators_line()
    {
        var document = DocumentJson.Read(DocumentJson.Write(SeedFiles.RopsReport), "rops").Value!;
        var indicator = document.AllIndicators().First();
        indicator.Notes.Add("Ponad połowa ankietowanych jednostek (38%) zrealizowała zadanie.");

        var finding = Assert.Single(TextShareCheck.Run(document));

        Assert.Equal((FindingKind.WordsContradictShare, indicator.SourceLine), (finding.Kind, finding.SourceLine));
        Assert.StartsWith("„Ponad połowa” to ponad 50%, a obok podano 38%", finding.Message);
    }
}
