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

    /// <summary>A refused step of a form: the first error as the problem, and all of them under "errors", each with its
    /// code, field and message (a form can be wrong in several fields at once).</summary>
    public static IResult Refusal(IReadOnlyList<Error> errors, int status) => Of(errors[0], status, new Dictionary<string, object?>
    {
        ["errors"] = errors.Select(e => new { code = e.Code, field = e.Field, message = e.Message }).ToList(),
    });

    /// <summary>422 for a file that cannot be read: the first error as the problem, and up to 100 of them under "errors",
    /// each with its file, line, place in a Word or Excel file, column, code and message.</summary>
    public static IResult UnreadableFile(IReadOnlyList<Error> errors) => Of(errors[0], StatusCodes.Status422UnprocessableEntity, new Dictionary<string, object?>
    {
        ["errors"] = errors.Take(100).Select(e => new { file = e.At.File, line = e.At.Line, place = e.At.Place, column = e.At.Column, code = e.Code, message = e.Message }).ToList(),
    });
}
