using Kierunek.Domain.Monitoring;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>The response-rate sentence every report of a period prints: the verb agrees with the count, the
/// institutions after "z" are in the genitive, and those that did not answer are named.</summary>
public class ResponseRateTests
{
    [Theory]
    [InlineData(1, 3, "Dane przekazała 1 z 3 instytucji (33,3%).")]
    [InlineData(2, 3, "Dane przekazały 2 z 3 instytucji (66,7%).")]
    [InlineData(17, 21, "Dane przekazało 17 z 21 instytucji (81,0%).")]
    [InlineData(22, 30, "Dane przekazały 22 z 30 instytucji (73,3%).")]
    [InlineData(0, 1, "Dane przekazało 0 z 1 instytucji (0,0%).")]
    [InlineData(251, 284, "Dane przekazało 251 z 284 instytucji (88,4%).")]
    public void The_sentence_agrees_with_the_count(int answered, int asked, string expected) =>
        Assert.Equal(expected, new ResponseRate(asked, answered, []).Sentence());

    [Fact]
    public void The_institutions_that_did_not_answer_are_named()
    {
        Assert.Equal("Dane przekazały 2 z 3 instytucji (66,7%); brak danych od: Miejski Urząd Pracy.",
            new ResponseRate(3, 2, ["Miejski Urząd Pracy"]).Sentence());
        Assert.Equal("Żadna instytucja nie miała przydzielonych pozycji.", new ResponseRate(0, 0, []).Sentence());
    }
}
