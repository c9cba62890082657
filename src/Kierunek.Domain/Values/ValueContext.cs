namespace Kierunek.Domain.Values;

/// <summary>What a column holds; it decides how a bare number or a phrase is understood.</summary>
public enum ValueContext
{
    /// <summary>An indicator value, a baseline or a target: anything may appear.</summary>
    General,
    /// <summary>A cost column: a bare number is an amount in złoty, and phrases such as
    /// "w ramach działalności statutowej" mean no separate outlay.</summary>
    Money,
}
