using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;
using System.Globalization;

namespace Kierunek.Benchmarks;

/// <summary>A made-up strategy the size of a large city's: main goals → specific goals → tasks →
/// actions, every action with a deadline and a cost split by source, some indicators with values for
/// several years. Cells are as messy as the seeds' (b.d., "w ramach działalności statutowej",
/// multi-year actions), and the same seed always gives the same document.</summary>
public static class SyntheticStrategy
{
    public static StrategyDocument Create(int actions, int indicators, int fromYear, int toYear, int seed = 2026)
    {
        var random = new Random(seed);
        var document = new StrategyDocument
        {
            Key = "syntetyczny", Title = $"Syntetyczna strategia: {actions} działań, {indicators} wskaźników × {toYear - fromYear + 1} lat",
            Layout = DocumentLayout.ImplementationTable, PeriodFrom = fromYear, PeriodTo = toYear + 2,
            CostRule = CostRollupRule.ExcludeMultiYearMeasures,
        };
        document.ReportedYears.AddRange(Enumerable.Range(fromYear, toYear - fromYear + 1));
        const int mainGoals = 5, goalsPerMain = 4, tasksPerGoal = 5;
        var actionsPerTask = (int)Math.Ceiling(actions / (double)(mainGoals * goalsPerMain * tasksPerGoal));
        var indicatorEvery = Math.Max(1, actions / Math.Max(1, indicators));
        int made = 0, measured = 0;
        for (var m = 1; m <= mainGoals; m++)
        {
            var main = Node(NodeKind.MainGoal, "Cel główny", $"{m}", $"Cel główny {m}: poprawa sytuacji mieszkańców w obszarze {m}");
            document.Roots.Add(main);
            for (var g = 1; g <= goalsPerMain; g++)
            {
                var goal = Node(NodeKind.SpecificGoal, "Cel szczegółowy", $"{m}.{g}", $"Wzmocnienie wsparcia rodzin i osób w obszarze {m}.{g}");
                main.Children.Add(goal);
                for (var t = 1; t <= tasksPerGoal; t++)
                {
                    var task = Node(NodeKind.Task, "Zadanie", $"{m}.{g}.{t}", $"Rozwój usług społecznych {m}.{g}.{t} dla osób starszych i niepełnosprawnych");
                    task.CoordinatorText = "Miejski Ośrodek Pomocy Społecznej";
                    goal.Children.Add(task);
                    for (var a = 0; a < actionsPerTask && made < actions; a++, made++)
                    {
                        var action = Action(random, made, fromYear, toYear);
                        if (made % indicatorEvery == 0 && measured < indicators)
                        {
                            action.Indicators.Add(Indicator(random, measured, fromYear, toYear));
                            measured++;
                        }
                        task.Children.Add(action);
                    }
                }
            }
        }
        return document;
    }

    private static StrategyNode Node(NodeKind kind, string level, string code, string title) =>
        new() { Kind = kind, LevelName = level, Code = code, Title = title };

    private static StrategyNode Action(Random random, int number, int fromYear, int toYear)
    {
        var multiYear = random.Next(10) == 0;
        var deadline = multiYear ? new Deadline($"{fromYear}-{toYear}", fromYear, toYear) : new Deadline($"{toYear} r.", toYear, toYear);
        var action = new StrategyNode
        {
            Kind = NodeKind.Measure, LevelName = "Działanie", Title = $"Działanie {number + 1}: warsztaty, poradnictwo i wsparcie asystenta rodziny",
            CoordinatorText = "Miejski Ośrodek Pomocy Społecznej", ImplementersText = "organizacje pozarządowe, Powiatowy Urząd Pracy",
            Deadline = deadline,
        };
        var roll = random.Next(20);
        action.Costs.Add(roll switch
        {
            0 => Cost(deadline, "b.d.", "b.d.", "b.d.", "b.d."),
            1 or 2 => Cost(deadline, "w ramach działalności statutowej", "x", "x", "x"),
            _ => Split(random, deadline),
        });
        action.Notes.Add(roll == 3 ? "realizacja przesunięta z powodu braku wykonawcy" : "zrealizowano");
        return action;
    }

    private static CostEntry Split(Random random, Deadline deadline)
    {
        var state = random.Next(0, 200_000) * 1.25m;
        var gmina = random.Next(1_000, 500_000) * 1.5m;
        var other = random.Next(3) == 0 ? random.Next(0, 80_000) : 0m;
        return Cost(deadline, Money(state + gmina + other), Money(state), Money(gmina), other == 0 ? "-" : Money(other));
    }

    private static CostEntry Cost(Deadline deadline, string total, string state, string gmina, string other) => new()
    {
        SourceLine = 0, Deadline = deadline,
        Total = Recorded(total, ValueContext.Money), State = Recorded(state, ValueContext.Money),
        Gmina = Recorded(gmina, ValueContext.Money), Other = Recorded(other, ValueContext.Money),
    };

    private static Indicator Indicator(Random random, int number, int fromYear, int toYear)
    {
        var percentage = number % 5 == 0;
        var baseline = percentage ? random.Next(5, 60) : random.Next(10, 5_000);
        var indicator = new Indicator
        {
            Name = percentage ? $"Odsetek rodzin objętych wsparciem asystenta ({number + 1})" : $"Liczba osób objętych wsparciem ({number + 1})",
            Baseline = new BaselineValue(Recorded(Show(baseline, percentage)), fromYear - 1),
            Target = new Target(Recorded(Show(baseline * 6 / 5, percentage))),
        };
        indicator.Direction = DesiredDirections.From(indicator.Baseline, indicator.Target);
        var value = baseline;
        for (var year = fromYear; year <= toYear; year++)
        {
            value = Math.Max(0, value + random.Next(-value / 10 - 1, value / 6 + 2));
            var text = random.Next(25) == 0 ? "b.d." : Show(value, percentage);
            indicator.Values.Add(new IndicatorValue(new ReportingPeriod(year), Recorded(text)));
        }
        return indicator;
    }

    private static string Show(int value, bool percentage) => percentage ? $"{Math.Min(value, 100)}%" : value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => PolishFormat.Money(amount);

    private static RecordedValue Recorded(string text, ValueContext context = ValueContext.General) =>
        ValueReader.Read(text, context) is { IsSuccess: true } read ? new RecordedValue(text, read.Reading!) : throw new InvalidOperationException(text);
}
