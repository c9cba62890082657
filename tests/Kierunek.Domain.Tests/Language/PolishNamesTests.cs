using Kierunek.Domain.Institutions;
using Kierunek.Domain.Language;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Language;

public class PolishNamesTests
{
    [Fact]
    public void Every_value_kind_has_its_own_polish_name() => AssertDistinctPolish(Enum.GetValues<ValueKind>().Select(PolishNames.Of));

    [Fact]
    public void Every_institution_kind_has_its_own_polish_name() => AssertDistinctPolish(Enum.GetValues<InstitutionKind>().Select(PolishNames.Of));

    [Fact]
    public void Every_attainment_status_has_its_own_polish_name() =>
        AssertDistinctPolish(Enum.GetValues<Kierunek.Domain.Strategies.AttainmentStatus>().Select(PolishNames.Of));

    [Fact]
    public void Every_layout_has_its_own_polish_name() => AssertDistinctPolish(Enum.GetValues<DocumentLayout>().Select(PolishNames.Of));

    [Fact]
    public void Every_measure_status_has_its_own_polish_name() => AssertDistinctPolish(Enum.GetValues<MeasureStatus>().Select(PolishNames.Of));

    [Fact]
    public void Markers_are_named_as_offices_write_them()
    {
        Assert.Equal("brak danych", PolishNames.Of(ValueKind.NoData));
        Assert.Equal("nie dotyczy", PolishNames.Of(ValueKind.NotApplicable));
        Assert.Equal("jak wyżej", PolishNames.Of(ValueKind.SameAsAbove));
    }

    // An enum name leaking through (English, no Polish letters or spaces) would fail here.
    private static void AssertDistinctPolish(IEnumerable<string> names)
    {
        var list = names.ToList();
        Assert.Equal(list.Count, list.Distinct().Count());
        Assert.All(list, n => Assert.True(n == n.ToLowerInvariant() || n.Contains(' '), n));
    }
}
