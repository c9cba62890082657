using System.Net;
using System.Net.Http.Json;

namespace Kierunek.Web.Tests.Security;

/// <summary>Every OZPS page and API operation against every role and TERYT scope: a gmina's worker (gops, 0608072) reaches
/// only its gmina, the ROPS (rops, 06) every unit of lubelskie and its region, the administrator the whole country; the
/// strategy's coordinators, approvers, reporters and readers have no TERYT code and reach no unit (404, as for a unit that
/// does not exist — the answer does not tell whether it does). Steps that change state use a year of their own.</summary>
public class OzpsAuthorizationMatrixTests(OzpsAuthorizationMatrixTests.Setup setup) : IClassFixture<OzpsAuthorizationMatrixTests.Setup>
{
    private const string Unit = "/ozps/0608072/2019";
    private const string OtherUnit = "/ozps/0608011/2019";
    private const string Region = "/ozps/region/06/2019";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly string[] Roles = ["admin", "koordynator", "zatwierdzajacy", "mopr", "czytelnik", "gops", "rops"];

    private const string NotFound = nameof(HttpStatusCode.NotFound);

    // admin, koordynator, zatwierdzający, sprawozdawca (MOPR), czytelnik, GOPS (0608072), ROPS (06)
    public static TheoryData<string, string> Pages => Matrix(new Dictionary<string, string[]>
    {
        ["/ozps"] = ["ok", "ok", "ok", "ok", "ok", "ok", "ok"],
        [Unit] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
        [Unit + "/tabela/korzystajacy"] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
        [Unit + "/wczytaj"] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
        [Unit + "/wydruk"] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
        [Unit + "/formularz.xlsx"] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
        [OtherUnit] = ["ok", NotFound, NotFound, NotFound, NotFound, NotFound, "ok"],
        ["/ozps/1261011/2019"] = ["ok", NotFound, NotFound, NotFound, NotFound, NotFound, NotFound],
        [Region] = ["ok", NotFound, NotFound, NotFound, NotFound, NotFound, "ok"],
        [Region + "/zestawienie.xlsx"] = ["ok", NotFound, NotFound, NotFound, NotFound, NotFound, "ok"],
        ["/ozps/region/12/2019"] = ["ok", NotFound, NotFound, NotFound, NotFound, NotFound, NotFound],
        ["/ozps/kraj/2019"] = ["ok", NotFound, NotFound, NotFound, NotFound, NotFound, NotFound],
        [Unit + "/wieloletnie"] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
        [Unit + "/rekomendacje"] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
        [Unit + "/pakiet-rady.docx"] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
        [Unit + "/dokument.docx"] = ["ok", NotFound, NotFound, NotFound, NotFound, "ok", "ok"],
    });

    public static TheoryData<string, string> Api => Matrix(new Dictionary<string, string[]>
    {
        [$"GET /api/v1{Unit}"] = ["200", "404", "404", "404", "404", "200", "200"],
        [$"GET /api/v1{OtherUnit}"] = ["200", "404", "404", "404", "404", "404", "200"],
        // Only the unit's own staff fill it: the administrator and the ROPS see it but are refused (403).
        [$"PUT /api/v1{Unit}/tabele/infrastruktura"] = ["403", "404", "404", "404", "404", "200", "403"],
        [$"POST /api/v1{Unit}/tabele/infrastruktura/sprawdzenie"] = ["200", "404", "404", "404", "404", "200", "200"],
        ["PUT /api/v1/ozps/0608072/2020/wnioski"] = ["403", "404", "404", "404", "404", "200", "403"],
        ["POST /api/v1/ozps/0608072/2021/przekazanie"] = ["403", "404", "404", "404", "404", "200", "403"],
        // Nothing is submitted for 2019 (422) for those who review; the gmina does not review itself (403).
        [$"POST /api/v1{Unit}/zatwierdzenie"] = ["422", "404", "404", "404", "404", "403", "422"],
        [$"POST /api/v1{Unit}/zwrot"] = ["422", "404", "404", "404", "404", "403", "422"],
        [$"POST /api/v1{Unit}/ponowne-otwarcie"] = ["422", "404", "404", "404", "404", "403", "422"],
        [$"GET /api/v1{Region}"] = ["200", "404", "404", "404", "404", "404", "200"],
        ["GET /api/v1/ozps/kraj/2019"] = ["200", "404", "404", "404", "404", "404", "404"],
        [$"GET /api/v1{Region}/zestawienie.xlsx"] = ["200", "404", "404", "404", "404", "404", "200"],
        ["PUT /api/v1/ozps/region/06/2022/kampania"] = ["200", "404", "404", "404", "404", "404", "200"],
    });

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_ozps_page_answers_each_role_as_it_should(string page, string roleAndExpected)
    {
        var (role, expected) = Security.Matrix.Split(roleAndExpected);
        var client = await setup.Web.SignedInAsync($"{role}@kierunek.local");
        var response = await client.GetAsync(page, Ct);
        Assert.Equal(expected, Security.Matrix.PageAnswer(response));
    }

    [Theory]
    [MemberData(nameof(Api))]
    public async Task Each_ozps_api_operation_answers_each_role_as_it_should(string operation, string roleAndExpected)
    {
        var (role, expected) = Security.Matrix.Split(roleAndExpected);
        var client = await setup.Web.ApiClientAsync($"{role}@kierunek.local");
        var (method, path) = (operation.Split(' ')[0], operation.Split(' ')[1]);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET") request.Content = JsonContent.Create(new { rewizja = 0, komorki = new Dictionary<string, string>() });
        var response = await client.SendAsync(request, Ct);
        Assert.Equal(expected, ((int)response.StatusCode).ToString());
    }

    private static TheoryData<string, string> Matrix(Dictionary<string, string[]> expected) => Security.Matrix.Of(Roles, expected);

    /// <summary>One application for the whole matrix.</summary>
    public sealed class Setup : IAsyncLifetime
    {
        public WebFactory Web { get; } = new();

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => Web.DisposeAsync();
    }
}
