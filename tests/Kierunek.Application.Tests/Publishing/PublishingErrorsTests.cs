using Kierunek.Application.Publishing;

namespace Kierunek.Application.Tests.Publishing;

/// <summary>The publishing errors' codes are what the log and the tests match on, so each names one refusal.</summary>
public class PublishingErrorsTests
{
    [Fact]
    public void Every_code_of_the_publishing_is_distinct_and_named_under_publishing()
    {
        var codes = typeof(PublishingErrors).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith("publishing.", c));
    }
}
