using Kierunek.Domain.Input;
using Kierunek.Domain.Ozps.Template;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Ozps.Assessments;

/// <summary>The three columns of every template table: the year before the assessment (pre-filled from the unit's
/// last assessment, corrected or back-filled here), the assessment year, and the forecast for the year after.</summary>
public enum FormColumn { Previous, Assessment, Forecast }

/// <summary>One typed (or uploaded) cell of the form: where it goes, its text (null: cleared), for a forecast the comment
/// on it, for a cell read from a file where in the file it was; <see cref="KeepComment"/>: no comment was given (a form or
/// file without the field), so the stored one stays.</summary>
public sealed record FormCell(OzpsKey Key, string? Raw, string? Comment = null, SourceLocation? Source = null, bool KeepComment = false);

/// <summary>A table of the form as typed: the names of its fields ("w12-o": row 12, the assessment year; "w12-k": the
/// comment on row 12's forecast), read cell by cell with the row's unit exactly as an imported document's cells are
/// (<see cref="OzpsCells"/>). Every cell that cannot stand is named with its row and column; nothing is kept then.</summary>
public static class FormCells
{
    /// <summary>The longest comment on a forecast, as for a monitoring value's comment.</summary>
    public const int CommentLength = InputText.CommentLength;

    public static string Field(int row, FormColumn column) => $"w{row}-{column switch { FormColumn.Previous => "p", FormColumn.Assessment => "o", _ => "f" }}";

    public static string CommentField(int row) => $"w{row}-k";

    /// <summary>Where a cell of the form is stored: under the row's key (<see cref="TemplateRow.Key"/>) — so the previous
    /// year's column of a renumbered row shows what was stored under its old number, and a new row's is back-filled.</summary>
    public static OzpsKey KeyOf(string table, TemplateRow row, FormColumn column, int year) => column switch
    {
        FormColumn.Previous => new OzpsKey(table, row.Key, year - 1),
        FormColumn.Assessment => new OzpsKey(table, row.Key, year),
        _ => new OzpsKey(table, row.Key, year + 1, Forecast: true),
    };

    /// <summary>"rok 2018", "rok oceny 2019", "prognoza na 2020".</summary>
    public static string ColumnName(FormColumn column, int year) => column switch
    {
        FormColumn.Previous => $"rok poprzedni {year - 1}",
        FormColumn.Assessment => $"rok oceny {year}",
        _ => $"prognoza na {year + 1}",
    };

    /// <summary>The table's cells as typed (<paramref name="typed"/>: field → text; a field not sent is left as stored).</summary>
    public static Result<IReadOnlyList<FormCell>> Read(TemplateTable table, int year, IReadOnlyDictionary<string, string?> typed)
    {
        var cells = new List<FormCell>();
        var errors = new List<Error>();
        foreach (var row in table.Rows)
        {
            foreach (var column in Enum.GetValues<FormColumn>())
            {
                var field = Field(row.No, column);
                if (!typed.TryGetValue(field, out var raw)) continue;
                var where = $"Wiersz {row.No} ({table.LabelOf(row)}), {ColumnName(column, year)}";
                if (InputText.Check(raw, where, InputText.ValueLength, field) is { } badText) { errors.Add(badText); continue; }
                var commentSent = typed.TryGetValue(CommentField(row.No), out var c);
                var comment = column == FormColumn.Forecast && commentSent ? c : null;
                if (column == FormColumn.Forecast && InputText.Check(comment, $"Komentarz do prognozy w wierszu {row.No}", CommentLength, CommentField(row.No)) is { } badComment)
                {
                    errors.Add(badComment);
                    continue;
                }
                var key = KeyOf(table.Code, row, column, year);
                if (string.IsNullOrWhiteSpace(raw))
                {
                    cells.Add(new FormCell(key, null));
                    continue;
                }
                var (value, error) = OzpsCells.Read(raw, row.Unit);
                if (error is not null) errors.Add(AssessmentErrors.BadCell($"{where}: {error}", field));
                else cells.Add(new FormCell(key, value!.Raw, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
                    KeepComment: column == FormColumn.Forecast && !commentSent));
            }
        }
        return errors.Count > 0 ? Result<IReadOnlyList<FormCell>>.Fail(errors) : Result<IReadOnlyList<FormCell>>.Ok(cells);
    }

    /// <summary>The unit's data with the typed cells in place of the stored ones (a cleared cell removed): what the
    /// rules are checked on while the user types, and what a save leaves stored.</summary>
    public static OzpsUnitData Merge(OzpsUnitData stored, IEnumerable<FormCell> cells)
    {
        var values = stored.Index().ToDictionary();
        foreach (var cell in cells)
        {
            if (ValueOf(cell) is { } value) values[cell.Key] = cell.KeepComment && values.GetValueOrDefault(cell.Key) is { } was ? value with { Comment = was.Comment } : value;
            else values.Remove(cell.Key);
        }
        return stored with { Values = values.Values.ToList() };
    }

    /// <summary>The cell as a stored value, read with its row's unit; null for a cleared cell.</summary>
    public static OzpsValue? ValueOf(FormCell cell)
    {
        if (cell.Raw is null) return null;
        var unit = OzpsTemplate.ForYear(cell.Key.Forecast ? cell.Key.Year - 1 : cell.Key.Year).UnitOf(cell.Key.Table, cell.Key.Row);
        return new OzpsValue(cell.Key, OzpsCells.Read(cell.Raw, unit).Value ?? new RecordedValue(cell.Raw, ValueReader.Read(cell.Raw).Reading ?? ValueReading.Empty), cell.Comment);
    }
}
