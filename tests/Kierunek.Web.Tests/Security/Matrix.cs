using System.Net;

namespace Kierunek.Web.Tests.Security;

/// <summary>What the authorisation matrices share: a table of expected answers per target and role turned into test
/// cases, and a page's answer in the matrix's words ("ok", "odmowa" — the page telling a signed-in user they lack the
/// right — or the status).</summary>
internal static class Matrix
{
    public static TheoryData<string, string> Of(string[] roles, Dictionary<string, string[]> expected)
    {
        var data = new TheoryData<string, string>();
        foreach (var (target, answers) in expected)
            for (var i = 0; i < roles.Length; i++) data.Add(target, $"{roles[i]}→{answers[i]}");
        return data;
    }

    public static (string Role, string Expected) Split(string roleAndExpected) => (roleAndExpected.Split('→')[0], roleAndExpected.Split('→')[1]);

    public static string PageAnswer(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK ? "ok"
        : response.Headers.Location?.PathAndQuery.StartsWith("/odmowa", StringComparison.Ordinal) == true ? "odmowa"
        : response.StatusCode.ToString();
}
