using Kierunek.Application.Accounts;
using Kierunek.Data;
using System.CommandLine;

namespace Kierunek.Cli.Accounts;

/// <summary>kierunek users add-admin &lt;e-mail&gt;: the way in to an installation without an administrator (a new
/// production install has no accounts at all). Prints a one-time link to the setup page, where that person names
/// themselves and sets a password; it works for 24 hours. Whoever runs it has the server, so this is no new door.</summary>
public static class UsersCommand
{
    public static Command Create(TimeProvider clock)
    {
        var email = new Argument<string>("e-mail") { Description = "Adres e-mail przyszłego administratora" };
        var url = new Option<string>("--url")
        {
            Description = "Adres aplikacji, pod którym otworzy się link (np. https://kierunek.gmina.pl)",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var json = new Option<bool>("--json") { Description = "Wynik w formacie JSON" };
        var db = Documents.DbOption();
        var addAdmin = new Command("add-admin", "Tworzy jednorazowy link do założenia konta administratora") { email, url, json, db };
        addAdmin.SetAction((p, ct) => AddAdminAsync(p.GetValue(email)!, p.GetValue(url)!, p.GetValue(json), p.GetValue(db), clock, ct));
        return new Command("users", "Konta użytkowników") { addAdmin };
    }

    public static async Task<int> AddAdminAsync(string email, string url, bool json, string? db, TimeProvider clock, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https"))
            return Output.Errors([new Domain.Results.Error(new Domain.Results.SourceLocation("--url"), CliErrors.BadOption,
                $"„{url}” nie jest adresem aplikacji; podaj go w postaci https://kierunek.gmina.pl.")], json);
        await using var context = Database.Open(db);
        var created = await new SetupCodes(context, clock).CreateAsync(email, Documents.User, ct);
        if (!created.IsSuccess) return Output.Errors(created.Errors, json);
        var (code, expires) = created.Value;
        var link = new Uri(site, $"/pierwsze-uruchomienie?kod={code}").ToString();
        if (json) Output.WriteJson(new { email, link, expiresAt = expires });
        else
        {
            Console.WriteLine($"Link do założenia konta administratora dla {email.Trim()} (działa raz, do {expires.ToLocalTime():yyyy-MM-dd HH:mm}):");
            Console.WriteLine(link);
            Console.WriteLine("Przekaż go tej osobie bezpiecznym kanałem; kto ma link, może założyć konto administratora.");
        }
        return ExitCodes.Success;
    }
}
