using Kierunek.Domain.Input;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Ozps.Assessments;

/// <summary>The conclusions the team writes into its assessment (a paragraph per line, as `ozps report --wnioski` reads
/// them): a few pages at most.</summary>
public static class AssessmentText
{
    /// <summary>About ten pages of text: more is a document of its own, not the conclusions of the assessment.</summary>
    public const int ConclusionsLength = 30_000;

    /// <summary>One recommendation: a paragraph, not a chapter.</summary>
    public const int RecommendationLength = 2_000;

    public static Error? CheckRecommendation(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Error.Of("ozps.recommendation-empty", "Wpisz treść rekomendacji.", "rekomendacja")
        : InputText.Check(text, "Rekomendacja", RecommendationLength, "rekomendacja");

    public static Error? Check(string? conclusions) => InputText.Check(conclusions, "Wnioski", ConclusionsLength, "wnioski");

    /// <summary>The paragraphs, as the report prints them.</summary>
    public static IReadOnlyList<string> Paragraphs(string? conclusions) =>
        (conclusions ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
}
