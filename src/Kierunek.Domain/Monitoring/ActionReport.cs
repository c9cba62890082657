using Kierunek.Domain.Input;
using Kierunek.Domain.Results;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Monitoring;

/// <summary>What an implementation report needs of an action for a year, beside its indicators' values: how far it
/// got on the <see cref="ProgressScale"/>, what was done, the money spent by funding source (in the documents' own
/// notation: "12 500 zł", "w ramach działalności statutowej", "b.d."), and whether the term was kept.</summary>
public sealed record ActionReport(int? Step, string? Description, string? SpentTotal, string? SpentState, string? SpentGmina, string? SpentOther,
    bool? TermKept, string? TermNote)
{
    public const int DescriptionLength = InputText.CommentLength;
    public const int TermNoteLength = InputText.NameLength;

    public static ActionReport Empty { get; } = new(null, null, null, null, null, null, null, null);

    /// <summary>Nothing filled in yet.</summary>
    public bool IsEmpty => this == Empty || (Step is null && Blank(Description) && Blank(SpentTotal) && Blank(SpentState) && Blank(SpentGmina)
        && Blank(SpentOther) && TermKept is null && Blank(TermNote));

    /// <summary>The money cells with their labels, in the documents' column order.</summary>
    public IEnumerable<(string Label, string Field, string? Raw)> Spending =>
        [("ogółem", "wydatki-ogolem", SpentTotal), ("budżet państwa", "wydatki-panstwo", SpentState), ("budżet gminy", "wydatki-gmina", SpentGmina), ("inne źródła", "wydatki-inne", SpentOther)];

    /// <summary>The report trimmed as it is stored, or every reason it cannot be: a step on the scale, text without
    /// control characters and within its length, each amount read as money or a marker, and — to submit — a step,
    /// and a note where the term was not kept.</summary>
    public static Result<ActionReport> Check(ActionReport typed, bool submitting)
    {
        var errors = new List<Error>();
        if (typed.Step is { } step && step is < 1 or > ProgressScale.Steps) errors.Add(MonitoringErrors.StepOutOfScale);
        if (submitting && typed.Step is null) errors.Add(MonitoringErrors.StepMissing);
        if (InputText.Check(typed.Description, "Co zrobiono", DescriptionLength, "opis") is { } badDescription) errors.Add(badDescription);
        if (InputText.Check(typed.TermNote, "Termin — uwagi", TermNoteLength, "termin-uwagi") is { } badTerm) errors.Add(badTerm);
        foreach (var (label, field, raw) in typed.Spending)
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            if (InputText.Check(raw, $"Wydatki — {label}", InputText.ValueLength, field) is { } badText) { errors.Add(badText); continue; }
            var read = ValueReader.Read(raw.Trim());
            if (!read.IsSuccess || read.Reading!.Kind is not (ValueKind.Amount or ValueKind.Number or ValueKind.Approximate) && !read.Reading.IsMarker && read.Reading.Kind != ValueKind.Text)
                errors.Add(MonitoringErrors.SpendingNotMoney(label, raw.Trim(), field));
            else if (read.Reading.Number is < 0) errors.Add(MonitoringErrors.SpendingNegative(label, field));
        }
        if (submitting && typed.TermKept == false && Blank(typed.TermNote)) errors.Add(MonitoringErrors.TermNoteMissing);
        if (errors.Count > 0) return Result<ActionReport>.Fail(errors);
        return Result<ActionReport>.Ok(new ActionReport(typed.Step, Trim(typed.Description), Trim(typed.SpentTotal), Trim(typed.SpentState),
            Trim(typed.SpentGmina), Trim(typed.SpentOther), typed.TermKept, Trim(typed.TermNote)));
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
    private static string? Trim(string? text) => Blank(text) ? null : text!.Trim();
}
