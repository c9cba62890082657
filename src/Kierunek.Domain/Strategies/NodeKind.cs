namespace Kierunek.Domain.Strategies;

/// <summary>What a level of the strategy tree is. The name the document prints for it is kept
/// separately in <see cref="StrategyNode.LevelName"/> ("Cel strategiczny", "Priorytet" …).</summary>
public enum NodeKind
{
    PriorityArea,
    MainGoal,
    SpecificGoal,
    Priority,
    Direction,
    Task,
    Measure,
}
