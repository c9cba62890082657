namespace Kierunek.Domain.Strategies.Checks;

/// <summary>Sums of money in złoty per cost column. Null means no amount was printed in that column at all.</summary>
public sealed record CostTotals(decimal? Total, decimal? State, decimal? Gmina, decimal? Other)
{
    public static CostTotals None { get; } = new(null, null, null, null);

    public decimal? this[CostColumn column] => CostColumns.Pick(column, Total, State, Gmina, Other);

    public CostTotals Add(CostColumn column, decimal amount) => column switch
    {
        CostColumn.Total => this with { Total = (Total ?? 0) + amount },
        CostColumn.State => this with { State = (State ?? 0) + amount },
        CostColumn.Gmina => this with { Gmina = (Gmina ?? 0) + amount },
        _ => this with { Other = (Other ?? 0) + amount },
    };

    public CostTotals Plus(CostTotals other) =>
        new(Sum(Total, other.Total), Sum(State, other.State), Sum(Gmina, other.Gmina), Sum(Other, other.Other));

    private static decimal? Sum(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
