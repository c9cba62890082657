using Kierunek.Domain.Institutions;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Values;

namespace Kierunek.Domain.Language;

/// <summary>What people in a Polish office call the model's kinds — one place for every screen and printout.</summary>
public static class PolishNames
{
    public static string Of(ValueKind kind) => kind switch
    {
        ValueKind.Empty => "puste",
        ValueKind.Number => "liczba",
        ValueKind.Approximate => "wartość przybliżona",
        ValueKind.Amount => "kwota",
        ValueKind.Percentage => "odsetek",
        ValueKind.Breakdown => "wartość złożona",
        ValueKind.QualitativeLevel => "ocena opisowa",
        ValueKind.List => "wykaz",
        ValueKind.Text => "tekst",
        ValueKind.NoData => "brak danych",
        ValueKind.NotApplicable => "nie dotyczy",
        ValueKind.SameAsAbove => "jak wyżej",
        ValueKind.NoFinancialOutlay => "bez nakładów finansowych",
        ValueKind.NotMeasuredYet => "jeszcze niemierzone",
        _ => kind.ToString(),
    };

    public static string Of(InstitutionKind kind) => kind switch
    {
        InstitutionKind.SocialWelfareCentre => "ośrodek pomocy społecznej",
        InstitutionKind.FamilySupportCentre => "powiatowe centrum pomocy rodzinie",
        InstitutionKind.RegionalSocialPolicyCentre => "regionalny ośrodek polityki społecznej",
        InstitutionKind.CityHall => "urząd miasta / gminy",
        InstitutionKind.SocialIntegrationCentre => "centrum integracji społecznej",
        InstitutionKind.SocialIntegrationClub => "klub integracji społecznej",
        InstitutionKind.Shelter => "schronisko / noclegownia",
        InstitutionKind.LabourOffice => "urząd pracy",
        InstitutionKind.Ngo => "organizacja pozarządowa",
        InstitutionKind.School => "szkoła / placówka oświatowa",
        InstitutionKind.Police => "policja / straż",
        InstitutionKind.Court => "sąd / kuratorzy",
        InstitutionKind.HealthCare => "ochrona zdrowia",
        InstitutionKind.Culture => "instytucja kultury",
        InstitutionKind.University => "uczelnia",
        InstitutionKind.Church => "parafia / związek wyznaniowy",
        InstitutionKind.Media => "media",
        _ => "inna",
    };

    public static string Of(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved => "osiągnięty",
        AttainmentStatus.OnTrack => "na dobrej drodze",
        AttainmentStatus.AtRisk => "zagrożony",
        AttainmentStatus.NotAssessable => "nie do oceny (brak celu lub wartości bazowej)",
        _ => "brak danych",
    };

    public static string Of(DocumentLayout layout) => layout switch
    {
        DocumentLayout.ImplementationTable => "tabela realizacji zadań",
        DocumentLayout.IndicatorTable => "tabela wskaźników",
        DocumentLayout.MonitoringReport => "raport z monitoringu",
        DocumentLayout.MultiYearTable => "tabela wieloletnia",
        DocumentLayout.MappedTable => "tabela wczytana według mapowania",
        DocumentLayout.Authored => "strategia utworzona w Kierunku",
        _ => layout.ToString(),
    };

    public static string Of(DesiredDirection direction) => direction switch
    {
        DesiredDirection.Increase => "wzrost",
        DesiredDirection.Decrease => "spadek",
        DesiredDirection.Maintain => "utrzymanie",
        _ => "nie określono",
    };

    public static string Of(MeasureStatus status) => status switch
    {
        MeasureStatus.Completed => "zrealizowane",
        MeasureStatus.Finished => "realizacja zakończona",
        MeasureStatus.NotCompleted => "niezrealizowane",
        MeasureStatus.InProgress => "w trakcie realizacji",
        _ => "bez statusu",
    };
}
