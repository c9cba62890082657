using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data.Accounts;
using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Web.Accounts;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Kierunek.Web.Api;

/// <summary>The JSON API under /api/v1 for other municipal systems: read the tree, load a document (preview, then a
/// new version), read and write values, submit, return, approve. Authenticated by bearer token only (POST /api/v1/token), so no browser cookie
/// can be abused against it; the same rules as the pages, enforced by the same service.</summary>
public static class ApiEndpoints
{
    public static void MapKierunekApi(this WebApplication app)
    {
        var bearer = new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme, Policy = WebSetup.StaffPolicy };
        var api = app.MapGroup("/api/v1").WithTags("Kierunek");

        api.MapPost("/token", IssueTokenAsync).AllowAnonymous().RequireRateLimiting(WebSetup.LoginRateLimit)
            .WithSummary("Token dostępu dla konta (e-mail i hasło); odpowiedź: accessToken, expiresIn, refreshToken.");

        // The public area's strategies, as on /publiczne/strategie/{key}: anyone, no token.
        api.MapGet("/publiczne/strategie", async (Application.Publishing.PublicStrategies strategies, CancellationToken ct) => TypedResults.Ok(await strategies.ListAsync(ct)))
            .AllowAnonymous().WithSummary("Strategie udostępnione publicznie (bez logowania).");
        api.MapGet("/publiczne/strategie/{key}", async (string key, Application.Publishing.PublicStrategies strategies, CancellationToken ct) =>
                await strategies.GetAsync(key, ct) is { } document
                    ? Results.Text(Domain.Strategies.Exchange.DocumentJson.Write(document), "application/json; charset=utf-8")
                    : Problems.Of(Domain.Results.Error.Of("public.not-found", $"Strategia „{key}” nie jest udostępniona publicznie."), StatusCodes.Status404NotFound))
            .AllowAnonymous().WithSummary("Strategia udostępniona publicznie w formacie wymiany (drzewo, wskaźniki, wartości z dokumentu), bez logowania.");

        var secured = api.MapGroup("").RequireAuthorization(bearer).AddEndpointFilter(RefuseChangedAccounts);
        // What a reader may see of a strategy, as on its pages: the list and the tree.
        var readers = new AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme, Policy = WebSetup.StrategyReaderPolicy };
        var readable = api.MapGroup("").RequireAuthorization(readers).AddEndpointFilter(RefuseChangedAccounts);
        readable.MapGet("/strategie", ListAsync).WithSummary("Zapisane strategie (także czytelnik).");
        readable.MapGet("/strategie/{key}/drzewo", TreeAsync).WithSummary("Drzewo strategii: pozycje w kolejności druku, z kodami, poziomami i wskaźnikami (także czytelnik).");
        secured.MapGet("/monitoring/{key}/{year:int}/wartosci", ValuesAsync)
            .WithSummary("Wartości okresu: sprawozdawca widzi tylko swoją instytucję; stan — tylko wartości w tym stanie (np. Submitted: do zatwierdzenia), instytucja — tylko jednej instytucji.");
        secured.MapPut("/wartosci/{id:int}", SaveAsync).WithSummary("Zapis wartości (roboczo albo z przekazaniem); version — wersja, którą klient wczytał.");
        secured.MapPut("/monitoring/{key}/{year:int}/wartosci", SaveManyAsync)
            .WithSummary("Zapis wielu wartości instytucji naraz (tabela): values — lista {id, value, comment, version}, submit — przekazanie; każda wartość osobno: odpowiedź wymienia zapisane i odrzucone z powodem.");
        secured.MapPost("/wartosci/{id:int}/zwrot", ReturnAsync).WithSummary("Zwrot przekazanej wartości do poprawy (koordynator, zatwierdzający).");
        secured.MapPost("/wartosci/{id:int}/zatwierdzenie", ApproveAsync).WithSummary("Zatwierdzenie przekazanej wartości (koordynator, zatwierdzający).");
        // Multipart with a bearer token: no cookie is involved, so there is no cross-site request to forge.
        secured.MapPost("/dokumenty/podglad", PreviewDocumentAsync).DisableAntiforgery()
            .WithSummary("Podgląd wczytania dokumentu (plik w polu „plik”, multipart/form-data): nowy dokument albo następna wersja z tym, co dodaje, usuwa i zmienia; niczego nie zapisuje (koordynator, administrator).");
        secured.MapPost("/dokumenty", ImportDocumentAsync).DisableAntiforgery()
            .WithSummary("Wczytanie dokumentu jako nowej wersji; wersja, która coś usuwa, tylko z zastap=true (koordynator, administrator).");
        secured.MapPost("/wartosci/{id:int}/ponowne-otwarcie", ReopenAsync)
            .WithSummary("Ponowne otwarcie zatwierdzonej wartości do poprawy, z powodem, w otwartym okresie (koordynator, zatwierdzający).");
        secured.MapCampaigns();
        secured.MapWorkList();
        secured.MapAssignments();
        secured.MapScale();
        secured.MapActionReports();
        secured.MapReports();
        secured.MapPublishing();
        secured.MapPackets();
        secured.MapMail();
        secured.MapEvidence();
        secured.MapMappings();
        secured.MapEditor();
        secured.MapRegister();
        readable.MapOzps();
        readable.MapDashboard();
    }

    /// <summary>A token outlives a block, a role change or a sign-out by up to an hour, so each call checks that the
    /// account's security stamp is still the one in the token — every call, so a block takes effect at once.</summary>
    private static async ValueTask<object?> RefuseChangedAccounts(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var current = await http.RequestServices.GetRequiredService<SignInManager<KierunekUser>>().ValidateSecurityStampAsync(http.User) is not null;
        return current ? await next(context) : TypedResults.Problem("Konto zostało zablokowane albo zmienione — pobierz nowy token.", statusCode: StatusCodes.Status401Unauthorized);
    }

    public sealed record TokenRequest(string Email, string Password);
    public sealed record StrategyDto(string Key, string Title, string Layout, int? PeriodFrom, int? PeriodTo);
    public sealed record IndicatorDto(int Index, string? Name, string? Unit);
    public sealed record NodeDto(int Position, int? Parent, string Kind, string Level, string? Code, string? Title, IReadOnlyList<IndicatorDto> Indicators);
    public sealed record ValueDto(int Id, int Position, string? Item, int IndicatorIndex, string? Indicator, string Institution,
        string? Value, string? Kind, decimal? Number, string? Comment, string State, string? ReviewComment, int Version, string? LastYear);
    public sealed record SaveRequest(string? Value, string? Comment, int Version, bool Submit);
    public sealed record ReviewRequest(int Version, string? Reason);
    public sealed record SavedDto(int Id, int Version, string State);

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> IssueTokenAsync(TokenRequest request, SignInManager<KierunekUser> signIn, PasswordSignIn passwords)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme; // the bearer handler writes the token response
        return await passwords.SignInAsync(request.Email, request.Password) is { } refused
            ? TypedResults.Problem(refused, statusCode: StatusCodes.Status401Unauthorized)
            : TypedResults.Empty;
    }

    private static async Task<Ok<List<StrategyDto>>> ListAsync(StrategyCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok((await catalog.ListAsync(ct)).Select(s => new StrategyDto(s.Key, s.Title, s.Layout, s.PeriodFrom, s.PeriodTo)).ToList());

    private static async Task<Results<Ok<List<NodeDto>>, NotFound>> TreeAsync(string key, StrategyCatalog catalog, CancellationToken ct)
    {
        if (await catalog.GetAsync(key, ct) is not { } document) return TypedResults.NotFound();
        var tree = StrategyCatalog.TreeOf(document);
        return TypedResults.Ok(tree.Nodes.Select((n, i) => new NodeDto(i, tree.AncestorsOf(n).LastOrDefault() is { } p ? tree.PositionOf(p) : null,
            n.Kind.ToString(), n.LevelName, n.Code, n.Title, n.Indicators.Select((x, k) => new IndicatorDto(k, x.Name, x.Unit)).ToList())).ToList());
    }

    /// <param name="stan">Only values in this state (Missing, Draft, Submitted, Returned, Approved): an approver's queue
    /// is "Submitted".</param>
    /// <param name="instytucja">Only this institution's values (a reviewer; a reporter sees only their own anyway).</param>
    private static async Task<IResult> ValuesAsync(string key, int year, string? stan, string? instytucja, PeriodView view, HttpContext http, CancellationToken ct)
    {
        EntryState? state = null;
        if (stan is not null)
        {
            if (!Enum.TryParse<EntryState>(stan, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(stan, out _))
                return Problems.Of(Error.Of("monitoring.unknown-state", $"Nie ma stanu wartości „{stan}”. Dozwolone: {string.Join(", ", Enum.GetNames<EntryState>())}.", "stan"), StatusCodes.Status400BadRequest);
            state = parsed;
        }
        var actor = http.User.Actor();
        // A reporter gets their own institution's values only; one without an institution gets none.
        var loaded = await view.LoadAsync(key, year, actor.Reviews ? instytucja : actor.InstitutionKey ?? "", state, ct);
        if (loaded is null) return TypedResults.NotFound();
        return TypedResults.Ok(loaded.Items.SelectMany(item => item.Fields.Select(f => new ValueDto(
            f.Entry.Id, item.Assignment.NodePosition!.Value, item.Node.Title, f.Entry.IndicatorIndex!.Value, f.Indicator.Name, item.Assignment.InstitutionName,
            f.Entry.Raw, f.Entry.Kind, f.Entry.Number, f.Entry.Comment, f.Entry.State.ToString(), f.Entry.ReviewComment, f.Entry.Version, f.LastYear?.Raw))).ToList());
    }

    private static async Task<IResult> SaveAsync(int id, SaveRequest request, PeriodView view, MonitoringService monitoring, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        var field = await view.FieldOfAsync(id, actor, ct);
        if (field is null) return TypedResults.NotFound(); // not there, or not this institution's: the same answer, nothing to learn
        // A reviewer sees every value but enters none: values come from the institution that reports them.
        if (actor.InstitutionKey is null) return TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
        var outcome = await monitoring.SaveAsync(id, request.Value, request.Comment, request.Submit, request.Version, field.LastYear, actor, ct);
        return Answer(outcome, id);
    }

    public sealed record RowRequest(int Id, string? Value, string? Comment, int Version);
    public sealed record SaveManyRequest(IReadOnlyList<RowRequest>? Values, bool Submit);
    public sealed record RefusedDto(int Id, string Code, string Message);
    public sealed record SavedManyDto(IReadOnlyList<SavedDto> Saved, IReadOnlyList<RefusedDto> Refused);

    /// <summary>The table's "Zapisz roboczo" / "Przekaż wszystkie": every row on its own, so one refusal holds back no
    /// other; 200 with both lists. An id that is not the reporter's own, not of this period, or kept from an item a
    /// re-import removed is refused like one that does not exist.</summary>
    private static async Task<IResult> SaveManyAsync(string key, int year, SaveManyRequest request, PeriodView view, MonitoringService monitoring, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.Actor();
        if (actor.InstitutionKey is null) return TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]);
        if (!await view.ExistsAsync(key, year, ct)) return TypedResults.NotFound();
        var rows = (request.Values ?? []).DistinctBy(r => r.Id).Select(r => new MonitoringService.Row(r.Id, r.Value, r.Comment, r.Version)).ToList();
        var outcomes = await monitoring.SaveManyAsync(rows, request.Submit, actor, ct, within: new MonitoringService.Within(key, year));
        var byId = outcomes.ToDictionary(o => o.EntryId, o => o.Outcome);
        // In the request's order, so a client can match each refusal to the row it sent.
        var refused = (request.Values ?? []).Select(r => byId.GetValueOrDefault(r.Id) is { } o
                ? o.Done ? null : new RefusedDto(r.Id, o.Error!.Code, o.Error.Message)
                : new RefusedDto(r.Id, MonitoringErrors.EntryNotFoundCode, MonitoringErrors.EntryNotFound.Message))
            .OfType<RefusedDto>().ToList();
        return TypedResults.Ok(new SavedManyDto(
            outcomes.Where(o => o.Outcome.Done).Select(o => new SavedDto(o.EntryId, o.Outcome.Current!.Version, o.Outcome.Current.State.ToString())).ToList(), refused));
    }

    private static async Task<IResult> ReturnAsync(int id, ReviewRequest request, MonitoringService monitoring, HttpContext http, CancellationToken ct) =>
        !http.User.Actor().Reviews ? TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme])
            : Answer(await monitoring.ReturnAsync(id, request.Reason ?? "", request.Version, http.User.Actor(), ct), id);

    private static async Task<IResult> ApproveAsync(int id, ReviewRequest request, MonitoringService monitoring, HttpContext http, CancellationToken ct) =>
        !http.User.Actor().Reviews ? TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme])
            : Answer(await monitoring.ApproveAsync(id, request.Version, http.User.Actor(), ct), id);

    private static async Task<IResult> ReopenAsync(int id, ReviewRequest request, MonitoringService monitoring, HttpContext http, CancellationToken ct) =>
        !http.User.Actor().Reviews ? TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme])
            : Answer(await monitoring.ReopenEntryAsync(id, request.Reason ?? "", request.Version, http.User.Actor(), ct), id);

    public sealed record DocumentPlanDto(string Key, string Title, int Version, bool New, bool Unchanged, bool NeedsReplace, string Changes,
        IReadOnlyList<string> AddedNodes, IReadOnlyList<string> RemovedNodes, IReadOnlyList<string> RenamedNodes, IReadOnlyList<string> AddedIndicators,
        IReadOnlyList<string> RemovedIndicators, int AddedValues, int RemovedValues, IReadOnlyList<string> ChangedValues, IReadOnlyList<string> DetachedMonitoring,
        DocumentSummary Summary, IReadOnlyList<FindingDto> Findings, IReadOnlyList<CellDto> Sample);

    /// <summary>One finding of the cost check: where, why, and the printed and computed numbers.</summary>
    public sealed record FindingDto(string Kind, string Where, string Message, int? Line, decimal? Printed, decimal? Computed);

    /// <summary>One cell of the preview: where it is, its text as printed, what it was read as, and why to look at it.</summary>
    public sealed record CellDto(string Where, string Raw, string Reading, string? Doubt, int Line);

    private static async Task<IResult> PreviewDocumentAsync(IFormFile plik, DocumentImports imports, HttpContext http, CancellationToken ct)
    {
        var (refusal, document) = await ReadUploadAsync(plik, http, ct);
        if (refusal is not null) return refusal;
        return TypedResults.Ok(PlanDto((await imports.PreviewAsync([document!], ct))[0]));
    }

    private static async Task<IResult> ImportDocumentAsync(IFormFile plik, bool? zastap, DocumentImports imports, HttpContext http, CancellationToken ct)
    {
        var (refusal, document) = await ReadUploadAsync(plik, http, ct);
        if (refusal is not null) return refusal;
        var saved = await imports.ImportAsync([document!], http.User.Identity!.Name!, zastap == true, ct);
        return saved.IsSuccess ? TypedResults.Ok(PlanDto(saved.Value![0])) : Problems.Of(saved.Errors[0], StatusCodes.Status409Conflict);
    }

    /// <summary>The uploaded file read as a document by a coordinator or administrator, or the refusal: 403, 413 over the
    /// document limit, 422 with every error (file, line, code, message) for a file that cannot be read.</summary>
    private static async Task<(IResult? Refusal, Kierunek.Domain.Strategies.StrategyDocument? Document)> ReadUploadAsync(IFormFile file, HttpContext http, CancellationToken ct)
    {
        if (!http.User.IsInRole(Roles.Administrator) && !http.User.IsInRole(Roles.Coordinator))
            return (TypedResults.Forbid(authenticationSchemes: [IdentityConstants.BearerScheme]), null);
        if (DocumentImports.TooLarge(file.FileName, file.Length) is { } tooLarge)
            return (Problems.Of(tooLarge with { At = SourceLocation.Field("plik") }, StatusCodes.Status413PayloadTooLarge), null);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var read = DocumentImports.Read(file.FileName, buffer.ToArray());
        if (read.IsSuccess) return (null, read.Value);
        return (Problems.UnreadableFile(read.Errors), null);
    }

    public static DocumentPlanDto PlanDto(DocumentImports.Plan p) => new(p.Document.Key, p.Document.Title, p.Version, p.Changes is null, p.Unchanged, p.NeedsReplace,
        p.Changes is null ? "nowy dokument" : p.Unchanged ? "bez zmian" : p.Changes.Summary(),
        p.Changes?.AddedNodes ?? [], p.Changes?.RemovedNodes ?? [], p.Changes?.RenamedNodes ?? [], p.Changes?.AddedIndicators ?? [],
        p.Changes?.RemovedIndicators ?? [], p.Changes?.AddedValues ?? 0, p.Changes?.RemovedValues ?? 0, p.Changes?.ChangedValues ?? [], p.Detached,
        p.Summary, p.Findings.Select(f => new FindingDto(f.Kind.ToString(), f.Where, f.Message, f.SourceLine, f.Printed, f.Computed)).ToList(),
        p.Sample.Select(c => new CellDto(c.Where, c.Value.Raw, c.Reading, c.Doubt, c.SourceLine)).ToList());

    /// <summary>200 with the new version; 409 with what the other person saved; 422 with the reason. Every refusal is
    /// application/problem+json with the error's code (<see cref="Problems"/>).</summary>
    private static IResult Answer(Outcome outcome, int id)
    {
        if (outcome.Conflict)
            return Problems.Of(outcome.Error!, StatusCodes.Status409Conflict, new Dictionary<string, object?>
            {
                ["current"] = new SavedDto(id, outcome.Current!.Version, outcome.Current.State.ToString()), ["value"] = outcome.Current.Raw,
            });
        if (!outcome.Done) return Problems.Of(outcome.Error!, StatusCodes.Status422UnprocessableEntity);
        return TypedResults.Ok(new SavedDto(id, outcome.Current!.Version, outcome.Current.State.ToString()));
    }
}
