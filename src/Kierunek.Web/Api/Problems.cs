using Kierunek.Domain.Results;

namespace Kierunek.Web.Api;

/// <summary>An <see cref="Error"/> as RFC 9457 application/problem+json: "detail" is the Polish message, "code" the
/// stable code a client can act on, "field" the field it is about (when it is one).</summary>
public static class Problems
{
    public static IResult Of(Error error, int status, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = error.Code };
        if (error.Field is { } field) all["field"] = field;
        return TypedResults.Problem(error.Message, statusCode: status, extensions: all);
    }
}
