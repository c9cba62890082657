using Kierunek.Domain.Values;
using System.Text.Json.Serialization;

namespace Kierunek.Domain.Strategies;

/// <summary>One printed cost row of a measure: "Koszt działania" and its split by funding source
/// ("Źródła finansowania: państwo / gmina / inne"). A null cell was empty in the document —
/// usually a cell merged with the row above — and is neither 0 nor "no data".</summary>
public sealed record CostEntry
{
    public required int SourceLine { get; init; }
    public Deadline? Deadline { get; init; }
    public RecordedValue? Total { get; init; }
    public RecordedValue? State { get; init; }
    public RecordedValue? Gmina { get; init; }
    public RecordedValue? Other { get; init; }
    /// <summary>A fifth money cell some pages of seed 000 print after "inne" (a 13-column table);
    /// kept as printed, never added to a total.</summary>
    public RecordedValue? Extra { get; init; }
    /// <summary>The row is a subtotal of the rows that follow it ("… razem, w tym:"); its parts are not counted again.</summary>
    public bool IsSubtotalOfFollowing { get; init; }
    /// <summary>The row is a part of the subtotal row above it.</summary>
    public bool IsPartOfSubtotal { get; init; }

    [JsonIgnore] public bool IsMultiYear => Deadline?.IsMultiYear ?? false;

    public RecordedValue? this[CostColumn column] => CostColumns.Pick(column, Total, State, Gmina, Other);

    [JsonIgnore] public bool HasAnyCell => Total is not null || State is not null || Gmina is not null || Other is not null || Extra is not null;
}

/// <summary>The four money columns of an implementation table.</summary>
public enum CostColumn { Total, State, Gmina, Other }

/// <summary>One place that maps a <see cref="CostColumn"/> to its cell, for every row type that carries the four columns.</summary>
public static class CostColumns
{
    public static T Pick<T>(CostColumn column, T total, T state, T gmina, T other) => column switch
    {
        CostColumn.Total => total,
        CostColumn.State => state,
        CostColumn.Gmina => gmina,
        _ => other,
    };
}
