namespace Kierunek.Data.Ozps;

/// <summary>A recommendation of a unit's OZPS for a year, in the team's words, with the strategy items it concerns.</summary>
public sealed class OzpsRecommendationRow
{
    public long Id { get; set; }
    public required string UnitCode { get; set; }
    public int Year { get; set; }
    public required string Text { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<OzpsRecommendationLinkRow> Links { get; set; } = [];
}

/// <summary>A recommendation's link to a strategy item: the strategy, the item's identity, and its code and title as they
/// were when linked.</summary>
public sealed class OzpsRecommendationLinkRow
{
    public long Id { get; set; }
    public long RecommendationId { get; set; }
    public required string DocumentKey { get; set; }
    public required string NodeId { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
}
