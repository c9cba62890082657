using Kierunek.Application.Demo;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Import;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using System.Security.Cryptography;

namespace Kierunek.Web.Demo;

/// <summary>Kierunek:DemoData (on in development, off in production) loads the seed documents on first
/// start and keeps a demo account for each role. Kierunek:DemoPassword fixes their password (tests);
/// otherwise every start gives them new random ones, printed once to the console.</summary>
public sealed class DemoOptions
{
    public bool DemoData { get; set; }
    public string? DemoPassword { get; set; }
    public string? SeedsFolder { get; set; }
}

public static class DemoData
{
    /// <summary>The demo accounts: one per role, and reporters of two institutions named in seed 000.</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@kierunek.local", "Anna Administratorka", Roles.Administrator, null, null),
        new("koordynator@kierunek.local", "Krzysztof Koordynator (zespół ds. strategii)", Roles.Coordinator, null, null),
        new("zatwierdzajacy@kierunek.local", "Zofia Zatwierdzająca", Roles.Approver, null, null),
        new("mopr@kierunek.local", "Maria Sprawozdawczyni (MOPR)", Roles.Reporter, "miejski-osrodek-pomocy-rodzinie", "Miejski Ośrodek Pomocy Rodzinie"),
        new("mup@kierunek.local", "Marek Sprawozdawca (MUP)", Roles.Reporter, "miejski-urzad-pracy", "Miejski Urząd Pracy"),
        new("czytelnik@kierunek.local", "Czesław Czytelnik", Roles.Reader, null, null),
        // The OZPS: the staff of a lubelskie gmina (Lubartów, gmina wiejska) and the ROPS in Lublin, which reviews the voivodeship.
        new("gops@kierunek.local", "Grażyna Pracownik (GOPS w Lubartowie)", Roles.Reporter, null, null, "0608072"),
        new("rops@kierunek.local", "Roman Przeglądający (ROPS w Lublinie)", Roles.Approver, null, null, "06"),
    ];

    public static async Task EnsureDemoDataAsync(this IServiceProvider services, IWebHostEnvironment environment, ILogger logger)
    {
        var options = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
            await roles.CreateAsync(new IdentityRole(role));
        if (!options.DemoData)
        {
            // A new install has no accounts: the log says how the operator makes the first administrator.
            if ((await services.GetRequiredService<UserManager<KierunekUser>>().GetUsersInRoleAsync(Roles.Administrator)).Count == 0)
                DemoLog.NoAdministrator(logger);
            return;
        }

        await ImportSeedsAsync(services.GetRequiredService<KierunekDb>(), options.SeedsFolder ?? SeedFolder.Find(environment.ContentRootPath) ?? SeedFolder.Find(), services.GetRequiredService<TimeProvider>(), logger);
        var users = services.GetRequiredService<UserManager<KierunekUser>>();
        var printed = new List<string>();
        foreach (var account in Accounts)
        {
            var password = options.DemoPassword ?? NewPassword();
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new KierunekUser
                {
                    UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.Name,
                    InstitutionKey = account.InstitutionKey, InstitutionName = account.InstitutionName, AreaCode = account.AreaCode,
                };
                Check(await users.CreateAsync(user, password), account.Email);
                Check(await users.AddToRoleAsync(user, account.Role), account.Email);
            }
            else
            {
                Check(await users.RemovePasswordAsync(user), account.Email);
                Check(await users.AddPasswordAsync(user, password), account.Email);
                await users.SetLockoutEndDateAsync(user, null);
            }
            printed.Add($"  {account.Role,-15} {account.Email,-30} {password}");
        }
        if (options.DemoPassword is null)
            Console.WriteLine("Konta demonstracyjne (hasła ważne do następnego uruchomienia):\n" + string.Join("\n", printed));
    }

    private static async Task ImportSeedsAsync(KierunekDb db, string? folder, TimeProvider clock, ILogger logger)
    {
        if (await db.Documents.AnyAsync() || folder is null) return;
        await SeedDocuments.SaveAsync(db, SeedDocuments.Read(folder), "demo", clock, logger: logger);
        await DemoRegion.SaveAsync(db, "demo", clock);
    }

    private static string NewPassword() => "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Konto demonstracyjne {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}

public sealed record DemoAccount(string Email, string Name, string Role, string? InstitutionKey, string? InstitutionName, string? AreaCode = null);

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Nie ma konta administratora. Utwórz je na serwerze: ./kierunek users add-admin <e-mail> --url <adres aplikacji> --db <baza> — polecenie wypisze jednorazowy link (docs/wdrozenie.md).")]
    public static partial void NoAdministrator(ILogger logger);
}
