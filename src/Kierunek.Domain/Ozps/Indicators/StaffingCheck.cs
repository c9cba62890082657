namespace Kierunek.Domain.Ozps.Indicators;

/// <summary>The statutory staffing of a social-welfare centre (art. 110 ust. 11 and 12 of the Social Assistance
/// Act): one social worker per 2,000 residents <em>or</em> per 50 families in social work — the act says "lub", so
/// the more favourable of the two counts — and never fewer than 3. Exact division, no rounding of the ratios: 11
/// workers for 21 995 residents (10,9975 needed) meet the first ratio. <see cref="Required"/> is the smaller ratio
/// rounded up to whole workers, at least 3; <see cref="Shortfall"/> how many workers are missing.</summary>
public sealed record StaffingCheck(int Year, decimal Residents, decimal FamiliesInSocialWork, decimal Workers, string? Printed)
{
    public const decimal ResidentsPerWorker = 2000;
    public const decimal FamiliesPerWorker = 50;
    public const int MinimumWorkers = 3;

    public decimal ByResidents => Residents / ResidentsPerWorker;
    public decimal ByFamilies => FamiliesInSocialWork / FamiliesPerWorker;
    public int Required => Math.Max(MinimumWorkers, (int)Math.Ceiling(Math.Min(ByResidents, ByFamilies)));
    public bool Met => Workers >= Required;
    public int Shortfall => Met ? 0 : (int)Math.Ceiling(Required - Workers);
    public string Answer => Met ? "Tak" : "Nie";

    /// <summary>The tables the check reads.</summary>
    public static readonly IReadOnlyList<string> Tables = ["kadra", OzpsKey.Narrative, "praca-socjalna"];

    /// <summary>The check for a year, or null when residents, families in social work or workers are missing.</summary>
    public static StaffingCheck? For(OzpsUnitData data, int year)
    {
        var residents = data.Number("kadra", "mieszkancy", year) ?? data.Number(OzpsKey.Narrative, "ludnosc", year);
        var families = data.Number("kadra", "rodziny-praca-socjalna", year) ?? data.Number("praca-socjalna", "rodziny-praca-socjalna", year);
        var workers = data.Number("kadra", "pracownicy-socjalni", year);
        if (residents is null || families is null || workers is null) return null;
        return new StaffingCheck(year, residents.Value, families.Value, workers.Value, data[new OzpsKey("kadra", "warunek", year)]?.Value.Raw);
    }
}
