namespace Kierunek.Web.Security;

/// <summary>Headers every answer carries: a content security policy without inline script (charts are
/// inline SVG, styles come from the site's own file), no sniffing, no framing, no referrer to other sites.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy for a stored report page, whose one &lt;style&gt; element is allowed by its hash
    /// (the report file is self-contained, so it carries its styles); script stays forbidden.</summary>
    public static string AllowingStyle(string style) =>
        ContentSecurityPolicy.Replace("style-src 'self'", $"style-src 'self' 'sha256-{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(style)))}'");

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
