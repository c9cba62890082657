using Kierunek.Domain.Strategies;

namespace Kierunek.Import.Tests.Strategies;

/// <summary>Attainment of every seed-002 indicator in 2016 (baseline 2014, programme 2016–2020, so a
/// third of the time has passed): relative targets, lower-is-better, breakdowns against percentages.</summary>
public class SeedAttainmentTests
{
    private static readonly StrategyDocument Rops = SeedFiles.RopsReport;

    [Theory]
    [InlineData("1", "Liczba programów i projektów aktywizujących", "0", AttainmentStatus.AtRisk)]
    [InlineData("1", "Odsetek rodzin objętych pracą socjalną", "29.4", AttainmentStatus.AtRisk)]
    [InlineData("1", "Liczba osób młodych w kategorii NEET", "946.6", AttainmentStatus.Achieved)]
    [InlineData("1", "Liczba osób bezrobotnych objętych Programem", "63.5", AttainmentStatus.OnTrack)]
    [InlineData("1", "Odsetek liczby osób korzystających z pomocy", "100", AttainmentStatus.Achieved)]
    [InlineData("1", "Liczba osób korzystających z programu dożywiania", "-141.1", AttainmentStatus.AtRisk)]
    [InlineData("2", "Liczba instytucji opieki nad dziećmi do lat 3", "113.0", AttainmentStatus.Achieved)]
    [InlineData("2", "Liczba działań na rzecz promocji grup", "16.1", AttainmentStatus.AtRisk)]
    [InlineData("4", "Liczba działań/akcji na rzecz integracji", "57.9", AttainmentStatus.OnTrack)]
    [InlineData("5", "Liczba szkoleń z zakresu superwizji", "592.3", AttainmentStatus.Achieved)]
    [InlineData("5", "Liczba ośrodków pomocy społecznej spełniających", "0", AttainmentStatus.AtRisk)]
    public void An_indicator_in_2016_has_its_share_of_the_way_and_status(string goal, string indicator, string percent, AttainmentStatus status)
    {
        var i = Rops.Node(goal).Indicators.Single(x => x.Name!.StartsWith(indicator, StringComparison.Ordinal));
        var a = AttainmentRule.Of(i, 2016, Rops.PeriodTo);
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), a.Percent);
        Assert.Equal(status, a.Status);
    }

    [Fact]
    public void Every_indicator_gets_a_status_and_none_is_left_without_data()
    {
        var statuses = Rops.AllIndicators().Select(i => AttainmentRule.Of(i, 2016, Rops.PeriodTo).Status).ToList();
        Assert.Equal(25, statuses.Count);
        Assert.Equal((6, 2, 17, 0), (statuses.Count(s => s == AttainmentStatus.Achieved), statuses.Count(s => s == AttainmentStatus.OnTrack),
            statuses.Count(s => s == AttainmentStatus.AtRisk), statuses.Count(s => s == AttainmentStatus.NoData)));
    }
}
