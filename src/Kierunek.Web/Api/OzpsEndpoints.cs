using Kierunek.Application.Ozps;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Ozps.Assessments;
using Kierunek.Domain.Results;
using Kierunek.Reports.Rendering;
using Kierunek.Web.Security;

namespace Kierunek.Web.Api;

/// <summary>The API face of the OZPS pages: a unit's assessment (its state, progress, the rules' findings and values), a
/// table saved or checked as typed, a file previewed or stored, submission, the ROPS's return and approval, the
/// conclusions; a voivodeship's view and campaign, the region summary. Which units an account reaches is its TERYT code
/// (<see cref="OzpsAccess"/>): anything else is 404, as on the pages.</summary>
public static class OzpsEndpoints
{
    public static void MapOzps(this RouteGroupBuilder readable)
    {
        var ozps = readable.MapGroup("/ozps");
        ozps.MapGet("/{kod}/{rok:int}", GetAsync).WithSummary("Ocena jednostki za rok: stan, rewizja, wypełnienie tabel, uwagi reguł wzoru i wartości (rok poprzedni, rok oceny, prognoza).");
        ozps.MapPut("/{kod}/{rok:int}/tabele/{tabela}", SaveTableAsync)
            .WithSummary("Zapis tabeli (roboczo): rewizja — ta, którą klient wczytał; komorki — pola jak w formularzu: „w12-o” (wiersz 12, rok oceny), „-p” rok poprzedni, „-f” prognoza, „-k” komentarz do prognozy; pusta wartość usuwa komórkę.");
        ozps.MapPost("/{kod}/{rok:int}/tabele/{tabela}/sprawdzenie", CheckTableAsync).WithSummary("Reguły wzoru dla tabeli z wpisanymi komórkami, bez zapisu (te same komunikaty co ozps check).");
        ozps.MapPost("/{kod}/{rok:int}/przekazanie", SubmitAsync).WithSummary("Przekazanie oceny do ROPS (gdy żadna reguła wzoru nie jest naruszona).");
        ozps.MapPost("/{kod}/{rok:int}/zwrot", ReturnAsync).WithSummary("Zwrot przekazanej oceny do poprawy, z powodem (ROPS województwa).");
        ozps.MapPost("/{kod}/{rok:int}/zatwierdzenie", ApproveAsync).WithSummary("Zatwierdzenie przekazanej oceny (ROPS województwa).");
        ozps.MapPost("/{kod}/{rok:int}/ponowne-otwarcie", ReopenAsync).WithSummary("Ponowne otwarcie zatwierdzonej oceny do poprawy, z powodem (ROPS województwa).");
        ozps.MapPut("/{kod}/{rok:int}/wnioski", ConclusionsAsync).WithSummary("Wnioski zespołu (akapit w wierszu), zapisywane z oceną.");
        // Multipart with a bearer token: no cookie is involved, so there is no cross-site request to forge.
        ozps.MapPost("/{kod}/{rok:int}/plik", UploadAsync).DisableAntiforgery()
            .WithSummary("Plik oceny (dokument jak z CAS albo CSV ozps, pole „plik”): podglad=true — co zmieni, bez zapisu; inaczej zapis do oceny (z rewizja).");
        ozps.MapGet("/kraj/{rok:int}", CountryAsync).WithSummary("Kraj (administrator): w każdym województwie liczba gmin, ocen przekazanych, zatwierdzonych i zwróconych.");
        ozps.MapGet("/region/{kod}/{rok:int}", RegionAsync).WithSummary("Województwo: stan ocen gmin („N z M przekazanych”), barometr ubóstwa gmin i powiatów, warunek kadrowy (ROPS, administrator).");
        ozps.MapPut("/region/{kod}/{rok:int}/kampania", CampaignAsync).WithSummary("Termin ROPS (termin, karencja w dniach, wiadomosc) i termin przedstawienia oceny radzie (terminRady).");
        ozps.MapGet("/region/{kod}/{rok:int}/zestawienie.{format}", SummaryAsync).WithSummary("Zestawienie regionalne: xlsx, docx albo pdf.");
    }

    public sealed record TableDto(int Rewizja, Dictionary<string, string?>? Komorki);
    public sealed record ReasonDto(string? Powod);
    public sealed record ConclusionsDto(int Rewizja, string? Wnioski);
    public sealed record CampaignDto(string? Termin, string? Karencja, string? Wiadomosc, string? TerminRady);

    private static async Task<IResult> GetAsync(string kod, int rok, OzpsAssessments assessments, HttpContext http, CancellationToken ct) =>
        Answer(await assessments.OpenAsync(http.User.OzpsAccess(), kod, rok, ct));

    private static async Task<IResult> SaveTableAsync(string kod, int rok, string tabela, TableDto body, OzpsAssessments assessments, HttpContext http, CancellationToken ct) =>
        Answer(await assessments.SaveTableAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, tabela, body.Komorki ?? [], body.Rewizja, ct));

    private static async Task<IResult> CheckTableAsync(string kod, int rok, string tabela, TableDto body, OzpsAssessments assessments, HttpContext http, CancellationToken ct)
    {
        var checkedTable = await assessments.CheckAsync(http.User.OzpsAccess(), kod, rok, tabela, body.Komorki ?? [], ct);
        return checkedTable.IsSuccess
            ? TypedResults.Ok(checkedTable.Value!.Select(f => new { tabela = f.Table, wiersz = f.Row, rok = f.Year, prognoza = f.Forecast, rodzaj = f.Severity == Domain.Ozps.Checks.Severity.Error ? "błąd" : "ostrzeżenie", komunikat = f.Message }))
            : Refusal(checkedTable.Errors);
    }

    private static async Task<IResult> SubmitAsync(string kod, int rok, OzpsAssessments assessments, HttpContext http, CancellationToken ct) =>
        Answer(await assessments.SubmitAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, ct));

    private static async Task<IResult> ReturnAsync(string kod, int rok, ReasonDto body, OzpsAssessments assessments, HttpContext http, CancellationToken ct) =>
        Answer(await assessments.ReviewAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, approve: false, body.Powod, ct));

    private static async Task<IResult> ApproveAsync(string kod, int rok, OzpsAssessments assessments, HttpContext http, CancellationToken ct) =>
        Answer(await assessments.ReviewAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, approve: true, null, ct));

    private static async Task<IResult> ReopenAsync(string kod, int rok, ReasonDto body, OzpsAssessments assessments, HttpContext http, CancellationToken ct) =>
        Answer(await assessments.ReopenAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, body.Powod, ct));

    private static async Task<IResult> ConclusionsAsync(string kod, int rok, ConclusionsDto body, OzpsAssessments assessments, HttpContext http, CancellationToken ct) =>
        Answer(await assessments.SaveConclusionsAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, body.Wnioski, body.Rewizja, ct));

    private static async Task<IResult> UploadAsync(string kod, int rok, IFormFile? plik, bool? podglad, int? rewizja, OzpsUploads uploads, HttpContext http, CancellationToken ct)
    {
        if (plik is null || plik.Length == 0) return Refusal([Error.Of("ozps.no-file", "Brak pliku w polu „plik”.", "plik")]);
        if (plik.Length > OzpsUploads.MaxBytes) return Refusal([Error.Of("ozps.file-too-large", $"Plik jest większy niż {OzpsUploads.MaxBytes / 1024 / 1024} MB.", "plik")]);
        using var buffer = new MemoryStream();
        await plik.CopyToAsync(buffer, ct);
        if (podglad == true)
        {
            var plan = await uploads.PreviewAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, plik.FileName, buffer.ToArray(), ct);
            return plan.IsSuccess
                ? TypedResults.Ok(new { plik = plan.Value!.FileName, nowe = plan.Value.New, zmienione = plan.Value.Changed, bezZmian = plan.Value.Unchanged,
                    zmiany = plan.Value.Changes.Select(c => new { klucz = c.Key.ToString(), teraz = c.Stored, zPliku = c.Uploaded }),
                    ostrzezenia = plan.Value.Warnings.Select(w => w.Message) })
                : Refusal(plan.Errors);
        }
        return Answer(await uploads.SaveAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, plik.FileName, buffer.ToArray(), rewizja ?? 0, ct));
    }

    private static async Task<IResult> RegionAsync(string kod, int rok, OzpsRegions regions, HttpContext http, CancellationToken ct)
    {
        var view = await regions.RegionAsync(http.User.OzpsAccess(), kod, rok, ct);
        if (!view.IsSuccess) return Refusal(view.Errors);
        var v = view.Value!;
        return TypedResults.Ok(new
        {
            wojewodztwo = v.Voivodeship.Code, nazwa = v.Voivodeship.Name, rok = v.Year,
            przekazane = v.Counts.Submitted, jednostki = v.Counts.Units, poTerminie = v.Counts.Late,
            stany = v.Counts.ByState.ToDictionary(s => AssessmentStatus.Names[s.Key], s => s.Value),
            termin = v.Campaign.Deadline, terminRady = v.Campaign.CouncilDeadline ?? OzpsRegions.StatutoryCouncilDeadline(rok),
            powiaty = v.Powiats.Select(p => new { teryt = p.Powiat.Code, nazwa = p.Powiat.Name, barometr = p.Barometer, gminy = p.Gminas, przekazane = p.Submitted }),
            gminy = v.Gminas.Select(g => new { teryt = g.Unit.Code, nazwa = g.Unit.Name, stan = g.Status.Name, poTerminie = g.Status.Late, barometr = g.Barometer, miejsce = g.Rank, warunekKadrowy = g.StaffingMet, syntetyczne = g.Synthetic }),
        });
    }

    private static async Task<IResult> CountryAsync(int rok, OzpsRegions regions, HttpContext http, CancellationToken ct)
    {
        var view = await regions.CountryAsync(http.User.OzpsAccess(), rok, ct);
        return view.IsSuccess
            ? TypedResults.Ok(view.Value!.Regions.Select(r => new { wojewodztwo = r.Voivodeship.Code, nazwa = r.Voivodeship.Name, gminy = r.Gminas, przekazane = r.Submitted, zatwierdzone = r.Approved, zwrocone = r.Returned }))
            : Refusal(view.Errors);
    }

    private static async Task<IResult> CampaignAsync(string kod, int rok, CampaignDto body, OzpsRegions regions, HttpContext http, CancellationToken ct)
    {
        var set = await regions.SetCampaignAsync(http.User.OzpsAccess(), http.User.Actor(), kod, rok, new CampaignSettings(body.Termin, body.Karencja, body.Wiadomosc), body.TerminRady, ct);
        return set.IsSuccess ? TypedResults.Ok(set.Value) : Refusal(set.Errors);
    }

    private static async Task<IResult> SummaryAsync(string kod, int rok, string format, OzpsRegions regions, HttpContext http, CancellationToken ct)
    {
        if (format is not ("xlsx" or "docx" or "pdf")) return Refusal([Error.Of(AssessmentErrors.NotFoundCode, "Zestawienie jest w formatach xlsx, docx i pdf.")]);
        var file = await regions.SummaryAsync(http.User.OzpsAccess(), kod, rok, format, ct);
        return file.IsSuccess ? TypedResults.File(file.Value!, ReportFiles.ContentTypes[format], $"ozps-{kod}-{rok}-zestawienie.{format}") : Refusal(file.Errors);
    }

    /// <summary>The assessment as the API shows it after a step (or the refusal).</summary>
    private static IResult Answer(Result<AssessmentForm> result)
    {
        if (!result.IsSuccess) return Refusal(result.Errors);
        var f = result.Value!;
        return TypedResults.Ok(new
        {
            teryt = f.Unit.Code, nazwa = f.Unit.Name, rok = f.Year, wzor = f.Template.Version, stan = f.Status.Name, poTerminie = f.Status.Late, rewizja = f.Assessment.Revision,
            uwagaRops = f.Assessment.ReturnReason, wnioski = f.Assessment.Conclusions, edycja = f.Editable,
            tabele = f.Progress.Select(p => new { kod = p.Table, tytul = p.Title, wypelnione = p.Filled, wiersze = p.Rows }),
            uwagi = f.OwnFindings.Select(x => new { tabela = x.Table, wiersz = x.Row, rok = x.Year, prognoza = x.Forecast, rodzaj = x.Severity == Domain.Ozps.Checks.Severity.Error ? "błąd" : "ostrzeżenie", komunikat = x.Message }),
            wartosci = f.Data.Values.Where(v => v.Key.Forecast ? v.Key.Year == f.Year + 1 : v.Key.Year == f.Year || v.Key.Year == f.Year - 1)
                .Select(v => new { tabela = v.Key.Table, wiersz = v.Key.Row, rok = v.Key.Year, prognoza = v.Key.Forecast, wartosc = v.Value.Raw, komentarz = v.Comment }),
        });
    }

    private static IResult Refusal(IReadOnlyList<Error> errors) => Problems.Refusal(errors, errors[0].Code switch
    {
        AssessmentErrors.NotFoundCode or AssessmentErrors.UnknownTableCode => StatusCodes.Status404NotFound,
        AssessmentErrors.NotYoursCode or MonitoringErrors.ReviewersOnlyCode => StatusCodes.Status403Forbidden,
        AssessmentErrors.ConflictCode => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    });
}
