namespace Kierunek.Domain.Strategies;

/// <summary>Who pays: the three columns of seed 000, and the named sources of seed 001.</summary>
public enum FundingCategory { State, Gmina, Other }

/// <summary>A named funding source as printed ("Fundusz Pracy") with the column it belongs to.</summary>
public sealed record FundingSource(string Name, FundingCategory Category)
{
    private static readonly (string Fragment, FundingCategory Category)[] Known =
    [
        ("budżet państwa", FundingCategory.State), ("budżetu państwa", FundingCategory.State),
        ("fundusz pracy", FundingCategory.State), ("pfron", FundingCategory.State),
        ("fundusz solidarnościowy", FundingCategory.State), ("dotacje", FundingCategory.State),
        ("budżet miasta", FundingCategory.Gmina), ("budżet gminy", FundingCategory.Gmina),
        ("środki własne", FundingCategory.Gmina),
    ];

    /// <summary>The category a printed name belongs to; EU funds, sponsors and NGOs' money are "other".</summary>
    public static FundingSource FromName(string name)
    {
        var lower = name.ToLowerInvariant();
        var category = Known.FirstOrDefault(k => lower.Contains(k.Fragment)).Category;
        return new FundingSource(name, Known.Any(k => lower.Contains(k.Fragment)) ? category : FundingCategory.Other);
    }
}
