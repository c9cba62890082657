namespace Kierunek.Domain.Strategies;

/// <summary>What each level of a tree of a given depth is, when no layout says it (a mapped table, a strategy made in
/// the editor): the last level is always the action (<see cref="NodeKind.Measure"/>), the one monitoring asks about; the
/// ones above are goals, then tasks and directions as the tree gets deeper.</summary>
public static class LevelKinds
{
    /// <summary>The deepest tree these kinds describe.</summary>
    public const int MaxDepth = 6;

    private static readonly NodeKind[][] ByDepth =
    [
        [NodeKind.Measure],
        [NodeKind.SpecificGoal, NodeKind.Measure],
        [NodeKind.MainGoal, NodeKind.SpecificGoal, NodeKind.Measure],
        [NodeKind.MainGoal, NodeKind.SpecificGoal, NodeKind.Task, NodeKind.Measure],
        [NodeKind.PriorityArea, NodeKind.MainGoal, NodeKind.SpecificGoal, NodeKind.Task, NodeKind.Measure],
        [NodeKind.PriorityArea, NodeKind.MainGoal, NodeKind.SpecificGoal, NodeKind.Direction, NodeKind.Task, NodeKind.Measure],
    ];

    /// <summary>The kind of <paramref name="level"/> (1 = the top) in a tree of <paramref name="depth"/> levels.</summary>
    public static NodeKind Of(int level, int depth) => ByDepth[Math.Clamp(depth, 1, MaxDepth) - 1][Math.Clamp(level, 1, depth) - 1];

    /// <summary>The name a level gets when nobody names it, by what it is.</summary>
    public static string DefaultName(NodeKind kind) => kind switch
    {
        NodeKind.PriorityArea => "Obszar",
        NodeKind.MainGoal => "Cel strategiczny",
        NodeKind.SpecificGoal => "Cel operacyjny",
        NodeKind.Direction => "Kierunek działań",
        NodeKind.Task => "Zadanie",
        NodeKind.Priority => "Priorytet",
        _ => "Działanie",
    };
}
