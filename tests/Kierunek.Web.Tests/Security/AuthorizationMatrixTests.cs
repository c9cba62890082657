using System.Net.Http.Json;

namespace Kierunek.Web.Tests.Security;

/// <summary>Every page and API operation against every role: what each answers. "odmowa" is the page
/// that tells a signed-in user they lack the right (the API says 403).</summary>
public class AuthorizationMatrixTests(AuthorizationMatrixTests.Setup setup) : IClassFixture<AuthorizationMatrixTests.Setup>
{
    private const string Key = WebFactory.LublinKey;
    private const int Year = 2050;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly string[] Roles = ["admin", "koordynator", "zatwierdzajacy", "mopr", "czytelnik"];

    // admin, koordynator, zatwierdzający, sprawozdawca (MOPR), czytelnik
    public static TheoryData<string, string> Pages => Matrix(new Dictionary<string, string[]>
    {
        ["/"] = ["ok", "ok", "ok", "ok", "ok"],
        [$"/strategie/{Key}"] = ["ok", "ok", "ok", "ok", "ok"],
        [$"/strategie/{Key}/pozycje/3"] = ["ok", "ok", "ok", "ok", "ok"],
        [$"/monitoring/{Key}"] = ["ok", "ok", "ok", "ok", "odmowa"],
        [$"/monitoring/{Key}/{Year}"] = ["ok", "ok", "ok", "odmowa", "odmowa"],
        [$"/monitoring/{Key}/{Year}/wprowadzanie"] = ["odmowa", "odmowa", "odmowa", "ok", "odmowa"],
        [$"/monitoring/{Key}/{Year}/ustawienia"] = ["ok", "ok", "ok", "odmowa", "odmowa"],
        [$"/monitoring/{Key}/{Year}/przydzial"] = ["ok", "ok", "ok", "odmowa", "odmowa"],
        [$"/monitoring/{Key}/skala"] = ["ok", "ok", "ok", "odmowa", "odmowa"],
        [$"/monitoring/{Key}/{Year}?instytucja=miejski-osrodek-pomocy-rodzinie&stan=przekazana"] = ["ok", "ok", "ok", "odmowa", "odmowa"],
        [$"/pulpit/{Key}"] = ["ok", "ok", "ok", "ok", "ok"],
        [$"/raporty/{Key}"] = ["ok", "ok", "ok", "ok", "odmowa"],
        [$"/raporty/{Key}?handler=Download&rodzaj=realizacja&rok=2020&format=xlsx"] = ["ok", "ok", "ok", "ok", "odmowa"],
        ["/publiczne"] = ["ok", "ok", "ok", "ok", "ok"],
        ["/administracja/uzytkownicy"] = ["ok", "odmowa", "odmowa", "odmowa", "odmowa"],
        ["/strategie/wczytaj"] = ["ok", "ok", "odmowa", "odmowa", "odmowa"],
        ["/strategie/kreator"] = ["ok", "ok", "odmowa", "odmowa", "odmowa"],
        ["/strategie/nowa"] = ["ok", "ok", "odmowa", "odmowa", "odmowa"],
        [$"/strategie/{Key}/edycja"] = ["ok", "ok", "odmowa", "odmowa", "odmowa"],
        [$"/strategie/{Key}/edycja/p3"] = ["ok", "ok", "odmowa", "odmowa", "odmowa"],
        ["/rejestr"] = ["ok", "ok", "odmowa", "odmowa", "odmowa"],
        ["/rejestr/polacz?z=a&do=b"] = ["ok", "ok", "odmowa", "odmowa", "odmowa"],
        // Those who publish follow a publishing request (there is no request 999999: not found).
        [$"/raporty/{Key}/publikacja/999999"] = ["NotFound", "NotFound", "odmowa", "odmowa", "odmowa"],
    });

    public static TheoryData<string, string> Api => Matrix(new Dictionary<string, string[]>
    {
        ["GET /api/v1/strategie"] = ["200", "200", "200", "200", "200"],
        [$"GET /api/v1/strategie/{Key}/drzewo"] = ["200", "200", "200", "200", "200"],
        [$"GET /api/v1/monitoring/{Key}/{Year}/wartosci"] = ["200", "200", "200", "200", "403"],
        // A reviewer may approve but this value is not submitted yet (422); a reporter or reader may not (403).
        ["POST /api/v1/wartosci/{entry}/zatwierdzenie"] = ["422", "422", "422", "403", "403"],
        ["POST /api/v1/wartosci/{entry}/zwrot"] = ["422", "422", "422", "403", "403"],
        // Only MOPR's reporter writes MOPR's value: reviewers see it but do not enter values (403).
        ["PUT /api/v1/wartosci/{entry}"] = ["403", "403", "403", "200", "403"],
        [$"PUT /api/v1/monitoring/{Key}/{Year}/wartosci"] = ["403", "403", "403", "200", "403"],
        // A reporter reads its own deadline; settings and extensions are the reviewers' (the body has no deadline: 200, none set).
        ["GET /api/v1/do-zrobienia"] = ["200", "200", "200", "200", "403"],
        [$"GET /api/v1/strategie/{Key}/skala"] = ["200", "200", "200", "200", "403"],
        // The body names no labels: the scale needs seven (422) for reviewers.
        [$"PUT /api/v1/strategie/{Key}/skala"] = ["422", "422", "422", "403", "403"],
        [$"GET /api/v1/monitoring/{Key}/{Year}/dzialania"] = ["200", "200", "200", "200", "403"],
        [$"GET /api/v1/monitoring/{Key}/{Year}/przydzial"] = ["200", "200", "200", "403", "403"],
        // The body names no items: nothing chosen (422) for reviewers.
        [$"POST /api/v1/monitoring/{Key}/{Year}/przydzial"] = ["422", "422", "422", "403", "403"],
        [$"GET /api/v1/monitoring/{Key}/{Year}/kampania"] = ["200", "200", "200", "200", "403"],
        [$"PUT /api/v1/monitoring/{Key}/{Year}/kampania"] = ["200", "200", "200", "403", "403"],
        [$"POST /api/v1/monitoring/{Key}/{Year}/przedluzenia"] = ["422", "422", "422", "403", "403"],
        [$"DELETE /api/v1/monitoring/{Key}/{Year}/przedluzenia/mopr"] = ["404", "404", "404", "403", "403"],
        // The body names no year: a reviewer is told which field (422), others may not open periods.
        [$"POST /api/v1/monitoring/{Key}/okresy"] = ["422", "422", "422", "403", "403"],
        ["GET /api/v1/mapowania"] = ["200", "200", "403", "403", "403"],
        ["GET /api/v1/mapowania/brak"] = ["404", "404", "403", "403", "403"],
        [$"GET /api/v1/strategie/{Key}/projekt"] = ["200", "200", "403", "403", "403"],
        // The body has no revision: a step on revision 0 of a strategy nobody edits, and no step named (400).
        [$"POST /api/v1/strategie/{Key}/projekt/kroki"] = ["400", "400", "403", "403", "403"],
        ["GET /api/v1/rejestr"] = ["200", "200", "403", "403", "403"],
        // The body names no entries: one entry cannot be merged with itself (422) for coordinators.
        ["POST /api/v1/rejestr/polaczenia"] = ["422", "422", "403", "403", "403"],
        [$"GET /api/v1/strategie/{Key}/pulpit"] = ["200", "200", "200", "200", "200"],
        // The body names no report kind: those who publish are told which field (422).
        [$"POST /api/v1/strategie/{Key}/publikacje"] = ["422", "422", "403", "403", "403"],
        ["GET /api/v1/publikacje/zlecenia/999999"] = ["404", "404", "403", "403", "403"],
    });

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_answers_each_role_as_it_should(string page, string roleAndExpected)
    {
        var (role, expected) = Security.Matrix.Split(roleAndExpected);
        var client = await setup.Web.SignedInAsync($"{role}@kierunek.local");
        var response = await client.GetAsync(page, Ct);
        Assert.Equal(expected, Security.Matrix.PageAnswer(response));
    }

    [Theory]
    [MemberData(nameof(Api))]
    public async Task Each_api_operation_answers_each_role_as_it_should(string operation, string roleAndExpected)
    {
        var (role, expected) = Security.Matrix.Split(roleAndExpected);
        var client = await setup.ApiClientAsync($"{role}@kierunek.local");
        var (method, path) = (operation.Split(' ')[0], operation.Split(' ')[1].Replace("{entry}", setup.Entry.ToString()));
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET") request.Content = JsonContent.Create(new { value = "b.d.", comment = "", version = 0, submit = false, reason = "do poprawy" });
        var response = await client.SendAsync(request, Ct);
        Assert.Equal(expected, ((int)response.StatusCode).ToString());
    }

    private static TheoryData<string, string> Matrix(Dictionary<string, string[]> expected) => Security.Matrix.Of(Roles, expected);

    /// <summary>One application for the whole matrix: period 2050 with one action given to MOPR.</summary>
    public sealed class Setup : IAsyncLifetime
    {
        public WebFactory Web { get; } = new();
        public int Entry { get; private set; }

        public async ValueTask InitializeAsync() => Entry = await Web.AssignedToMoprAsync(Year);

        public Task<HttpClient> ApiClientAsync(string email) => Web.ApiClientAsync(email);

        public ValueTask DisposeAsync() => Web.DisposeAsync();
    }
}
