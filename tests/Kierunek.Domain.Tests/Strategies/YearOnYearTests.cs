using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Tests.Strategies;

/// <summary>What changed since last year: the latest two numbers of each indicator judged against its direction (said
/// or read from the target), values that are not numbers passed over, and actions whose status moved.</summary>
public class YearOnYearTests
{
    [Theory]
    [InlineData(DesiredDirection.Increase, 10, 12, Verdict.Better)]
    [InlineData(DesiredDirection.Increase, 12, 10, Verdict.Worse)]
    [InlineData(DesiredDirection.Decrease, 12, 10, Verdict.Better)]
    [InlineData(DesiredDirection.Maintain, 12, 10, Verdict.Worse)]
    [InlineData(DesiredDirection.Increase, 12, 12, Verdict.Same)]
    [InlineData(DesiredDirection.Unknown, 10, 12, Verdict.Unknown)]
    public void A_change_is_judged_against_the_desired_direction(DesiredDirection direction, int from, int to, Verdict verdict) =>
        Assert.Equal(verdict, YearOnYear.Judge(direction, from, to));

    [Fact]
    public void The_latest_two_numbers_count_and_the_target_gives_the_direction()
    {
        var indicator = new Indicator { Name = "Liczba rodzin z asystentem", Target = new Target(Read("Wzrost o 10%")) };
        var goal = new StrategyNode { Kind = NodeKind.SpecificGoal, LevelName = "Cel", Code = "1", Children = [new StrategyNode { Kind = NodeKind.Measure, LevelName = "Działanie", Code = "1.1", Indicators = [indicator] }] };
        var values = new List<(int, decimal?)> { (2021, 60), (2022, 64), (2023, null), (2024, 58) };

        var change = Assert.Single(YearOnYear.Indicators(goal, _ => values));

        Assert.Equal((2022, 64m, 2024, 58m, Verdict.Worse), (change.FromYear, change.From, change.ToYear, change.To, change.Verdict));
        Assert.Equal("1.1", change.Item.Code);
    }

    [Fact]
    public void An_action_whose_status_moved_is_listed_one_that_kept_it_is_not()
    {
        var moved = new StrategyNode { Kind = NodeKind.Measure, LevelName = "Działanie", Code = "1.1" };
        var kept = new StrategyNode { Kind = NodeKind.Measure, LevelName = "Działanie", Code = "1.2" };
        var goal = new StrategyNode { Kind = NodeKind.SpecificGoal, LevelName = "Cel", Code = "1", Children = [moved, kept] };

        var change = Assert.Single(YearOnYear.Statuses(goal, a => ReferenceEquals(a, moved)
            ? [(2021, MeasureStatus.InProgress), (2022, MeasureStatus.Completed)]
            : [(2021, MeasureStatus.InProgress), (2022, MeasureStatus.InProgress)]));

        Assert.Equal((moved, MeasureStatus.InProgress, MeasureStatus.Completed), (change.Action, change.From, change.To));
    }

    private static RecordedValue Read(string text) => new(text, ValueReader.Read(text).Reading!);
}
