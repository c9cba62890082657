using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Strategies;

/// <summary>Attainment = the share of the way from baseline to target; status respects the desired
/// direction, relative targets and the time that has passed. Edge cases: target equal to the
/// baseline, no baseline, "b.d." this year, a breakdown compared with a percentage target.</summary>
public class AttainmentRuleTests
{
    [Fact]
    public void Halfway_to_an_increase_target_is_fifty_percent()
    {
        var a = AttainmentRule.Of(Baseline("100"), Value("150"), Target("200"), DesiredDirection.Increase);
        Assert.Equal(50m, a.Percent);
        Assert.Equal(AttainmentStatus.OnTrack, a.Status);
    }

    [Fact]
    public void Lower_is_better_when_the_target_is_below_the_baseline()
    {
        // Seed 002: "Odsetek liczby osób korzystających z pomocy społecznej" 9,7% → 8,2%, target 8,2%.
        var a = AttainmentRule.Of(Baseline("9,7%"), Value("8,2%"), Target("8,2%"), DesiredDirection.Decrease);
        Assert.Equal(100m, a.Percent);
        Assert.Equal(AttainmentStatus.Achieved, a.Status);
        var worse = AttainmentRule.Of(Baseline("9,7%"), Value("10,2%"), Target("8,2%"), DesiredDirection.Decrease);
        Assert.True(worse.Percent < 0);
        Assert.Equal(AttainmentStatus.AtRisk, worse.Status);
    }

    [Fact]
    public void A_relative_target_is_worked_out_from_the_baseline()
    {
        // Seed 002 NEET: 7 282 → 14 175, "Wzrost o 10%" = 8 010,2.
        var a = AttainmentRule.Of(Baseline("7 282"), Value("14 175"), Target("Wzrost o 10%"), DesiredDirection.Increase);
        Assert.Equal(8010.2m, a.Target);
        Assert.Equal(AttainmentStatus.Achieved, a.Status);
        Assert.Equal(946.6m, a.Percent); // 6 893 of 728,2
    }

    [Fact]
    public void A_relative_decrease_target_lowers_the_baseline()
    {
        var a = AttainmentRule.Of(Baseline("200"), Value("190"), Target("Spadek o 10%"), DesiredDirection.Decrease);
        Assert.Equal(180m, a.Target);
        Assert.Equal(50m, a.Percent);
    }

    [Fact]
    public void A_breakdown_is_compared_by_its_percentage_when_the_target_is_a_percentage()
    {
        // Seed 002: "52 570 rodzin / 83 %" against 78% → 95%.
        var a = AttainmentRule.Of(Baseline("78%"), Value("52 570 rodzin / 83 %"), Target("95%"), DesiredDirection.Increase);
        Assert.Equal(83m, a.Current);
        Assert.Equal(29.4m, a.Percent);
    }

    [Fact]
    public void Progress_slower_than_the_time_that_passed_is_at_risk()
    {
        var a = AttainmentRule.Of(Baseline("100"), Value("120"), Target("200"), DesiredDirection.Increase, expectedShare: 0.5m);
        Assert.Equal(20m, a.Percent);
        Assert.Equal(AttainmentStatus.AtRisk, a.Status);
        Assert.Equal(AttainmentStatus.OnTrack, AttainmentRule.Of(Baseline("100"), Value("160"), Target("200"), DesiredDirection.Increase, 0.5m).Status);
    }

    [Fact]
    public void No_progress_is_at_risk() =>
        Assert.Equal(AttainmentStatus.AtRisk, AttainmentRule.Of(Baseline("191"), Value("191"), Target("213"), DesiredDirection.Increase).Status);

    [Fact]
    public void No_data_this_year_is_no_data_not_zero()
    {
        var a = AttainmentRule.Of(Baseline("100"), Value("b.d."), Target("200"), DesiredDirection.Increase);
        Assert.Equal(AttainmentStatus.NoData, a.Status);
        Assert.Null(a.Percent);
        Assert.Null(a.Current);
        Assert.Equal(AttainmentStatus.NoData, AttainmentRule.Of(Baseline("100"), null, Target("200"), DesiredDirection.Increase).Status);
    }

    [Fact]
    public void A_target_equal_to_the_baseline_is_kept_or_not()
    {
        var kept = AttainmentRule.Of(Baseline("53"), Value("53"), Target("53"), DesiredDirection.Maintain);
        Assert.Equal((100m, AttainmentStatus.Achieved), (kept.Percent, kept.Status));
        var lost = AttainmentRule.Of(Baseline("53"), Value("50"), Target("53"), DesiredDirection.Maintain);
        Assert.Equal(AttainmentStatus.AtRisk, lost.Status);
        Assert.Null(lost.Percent);
    }

    [Fact]
    public void Without_a_baseline_only_a_reached_target_can_be_judged()
    {
        Assert.Equal(AttainmentStatus.Achieved, AttainmentRule.Of(null, Value("12"), Target("10"), DesiredDirection.Increase).Status);
        var open = AttainmentRule.Of(null, Value("8"), Target("10"), DesiredDirection.Increase);
        // Reported, but nothing to measure the way against: not "no data".
        Assert.Equal(AttainmentStatus.NotAssessable, open.Status);
        Assert.Null(open.Percent);
        Assert.Equal(AttainmentStatus.NotAssessable, AttainmentRule.Of(null, Value("8"), Target("Wzrost o 10%"), DesiredDirection.Increase).Status);
        Assert.Equal(AttainmentStatus.NotAssessable, AttainmentRule.Of(null, Value("8"), null, DesiredDirection.Increase).Status);
        Assert.Equal(AttainmentStatus.NoData, AttainmentRule.Of(null, Value("b.d."), Target("10"), DesiredDirection.Increase).Status);
    }

    [Fact]
    public void The_direction_follows_from_baseline_and_target_when_the_document_does_not_say()
    {
        var a = AttainmentRule.Of(Baseline("50"), Value("40"), Target("30"), DesiredDirection.Unknown);
        Assert.Equal(50m, a.Percent);
    }

    [Fact]
    public void The_expected_share_runs_from_the_baseline_year_to_the_end_of_the_period()
    {
        Assert.Equal(2m / 6m, AttainmentRule.ExpectedShare(2014, 2016, 2020));
        Assert.Equal(1m, AttainmentRule.ExpectedShare(2014, 2022, 2020));
        Assert.Null(AttainmentRule.ExpectedShare(null, 2016, 2020));
    }

    private static RecordedValue Value(string text) => new(text, ValueReader.Read(text).Reading!);
    private static BaselineValue Baseline(string text) => new(Value(text), 2014);
    private static Target Target(string text) => new(Value(text));
}
