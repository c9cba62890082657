using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps.Assessments;

/// <summary>How far a table of the form is filled: rows with a value (or a marker: X, b.d.) in the assessment year's
/// column, of all its rows. A marker counts — "nie dotyczy" is an answer.</summary>
public sealed record TableProgress(string Table, string Title, int Filled, int Rows)
{
    public bool Complete => Filled == Rows;

    public static IReadOnlyList<TableProgress> Of(OzpsTemplate template, OzpsUnitData data, int year) => template.Tables
        .Select(t => new TableProgress(t.Code, t.Title,
            t.Rows.Count(r => data[new OzpsKey(t.Code, r.Key, year)] is { } v && v.Value.Reading.Kind != ValueKind.Empty), t.Rows.Count))
        .ToList();
}
