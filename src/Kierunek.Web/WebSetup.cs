using Kierunek.Application;
using Kierunek.Application.Mail;
using Kierunek.Data;
using Kierunek.Data.Accounts;
using Kierunek.Web.Accounts;
using Kierunek.Web.Api;
using Kierunek.Web.Demo;
using Kierunek.Web.Mail;
using Kierunek.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;

namespace Kierunek.Web;

/// <summary>How the application is put together: database, accounts, authorisation, security, pages.</summary>
public static class WebSetup
{
    /// <summary>Staff: everyone who works on a strategy; the public reader is not staff.</summary>
    public const string StaffPolicy = "Pracownicy";
    /// <summary>Staff and readers (councillors, management): the strategy's tree, item pages and dashboard, read only.</summary>
    public const string StrategyReaderPolicy = "Czytelnicy strategii";
    public const string CoordinatorPolicy = "Koordynatorzy";
    public const string ReviewerPolicy = "Przeglądający";
    public const string ReporterPolicy = "Sprawozdawcy";
    public const string AdministratorPolicy = "Administratorzy";
    public const string LoginRateLimit = "logowanie";

    /// <summary>Fields one form may send (ASP.NET Core's default is 1 024): the entry table of 300 actions needs about 5 000.</summary>
    public const int FormFieldLimit = 20_000;

    /// <summary>The application, its database prepared, ready to run; <paramref name="configure"/> may change
    /// settings first (the API benchmark hosts it this way).</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Named after this assembly even when another hosts it (the benchmarks): the pages are found in the application's
        // own assembly, not in the host's.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(WebSetup).Assembly.GetName().Name });
        configure?.Invoke(builder);
        builder.AddKierunek();
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        app.UseKierunek();
        return app;
    }

    public static void AddKierunek(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(KierunekOptions.Section);
        services.AddOptions<KierunekOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        // The database and the sign-in limit are needed while the services are registered, before the container
        // exists: the same section, bound once here (ValidateOnStart above still refuses a wrong value).
        var settings = section.Get<KierunekOptions>() ?? new KierunekOptions();
        services.AddKierunekDatabase(DatabaseSetting(builder.Configuration, settings, builder.Environment));
        services.AddIdentity<KierunekUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12; // NIST SP 800-63B: length is what makes a password strong
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<KierunekDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokens>(InvitationTokens.Provider)
            .AddPasswordValidator<CommonPasswords>()
            .AddErrorDescriber<PolishIdentityErrors>()
            .AddClaimsPrincipalFactory<KierunekClaims>();
        // The keys behind cookies, tokens and invitation links live in the database: two instances behind one proxy
        // share sign-ins, and a restart (or a new server) signs nobody out.
        services.AddDataProtection().PersistKeysToDbContext<KierunekDb>().SetApplicationName("Kierunek");
        // Every request checks the account's security stamp (one small query): a blocked account, a changed role or a
        // sign-out ends every open session at once, not after the default half hour.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        // The API's bearer tokens (POST /api/v1/token), beside the pages' cookie; API endpoints accept only these.
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Kierunek API";
            document.Info.Description = "Strategie, monitoring roczny i wartości wskaźników. Uwierzytelnianie: POST /api/v1/token, potem nagłówek Authorization: Bearer <accessToken>.";
            return Task.CompletedTask;
        }));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/logowanie";
            o.LogoutPath = "/wyloguj";
            o.AccessDeniedPath = "/odmowa";
            o.Cookie.Name = "kierunek";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "kierunek-xsrf";
            o.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(StaffPolicy, p => p.RequireRole(Roles.Administrator, Roles.Coordinator, Roles.Reporter, Roles.Approver))
            .AddPolicy(StrategyReaderPolicy, p => p.RequireRole(Roles.Administrator, Roles.Coordinator, Roles.Reporter, Roles.Approver, Roles.Reader))
            .AddPolicy(CoordinatorPolicy, p => p.RequireRole(Roles.Administrator, Roles.Coordinator))
            .AddPolicy(ReviewerPolicy, p => p.RequireRole(Roles.Administrator, Roles.Coordinator, Roles.Approver))
            .AddPolicy(ReporterPolicy, p => p.RequireRole(Roles.Reporter))
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(Roles.Administrator));
        // Sign-in attempts (POSTs) per minute from one address; showing the form is never limited.
        var attempts = settings.LoginAttemptsPerMinute;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "nieznany",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("formularz"));
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the configured proxies are believed; ASP.NET Core's default trusts this machine (loopback), which lets
            // anyone connecting locally, or through a proxy that passes the header on, choose their own address. With
            // no proxy named the headers are not read at all (an empty list would mean: believe everyone).
            var proxies = settings.ProxyNetworks();
            o.ForwardedHeaders = proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in proxies) o.KnownIPNetworks.Add(network);
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        // An institution's whole table is one form: per value its text, comment and version, per action nine fields of
        // its report. ASP.NET Core's default of 1 024 fields refused MOPR's table of Lublin (found by the acceptance
        // test); this fits 300 actions with their values and reports with room to spare.
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = FormFieldLimit);
        // Polish letters as letters, not as &#x142; entities: readable source, smaller pages.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddKierunekApplication();
        var mail = builder.Configuration.GetSection(MailOptions.Section);
        services.AddOptions<MailOptions>().Bind(mail).ValidateDataAnnotations().ValidateOnStart();
        if ((mail.Get<MailOptions>() ?? new MailOptions()).Scheduler) services.AddHostedService<MailScheduler>();
        services.AddHostedService<Publishing.PublishingRunner>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton(TimeProvider.System);
        services.Configure<DemoOptions>(section);
        services.AddRazorPages(o =>
        {
            // Folders are features (English, as in every layer); the addresses stay Polish (@page in each file).
            // Readers see a strategy (tree, items, dashboard) but none of its work pages; page by page, since a folder's
            // policy and a page's would both have to hold.
            o.Conventions.AuthorizePage("/Strategies/Tree", StrategyReaderPolicy);
            o.Conventions.AuthorizePage("/Strategies/Item", StrategyReaderPolicy);
            o.Conventions.AuthorizePage("/Strategies/Dashboard", StrategyReaderPolicy);
            o.Conventions.AuthorizePage("/Strategies/Upload", CoordinatorPolicy);
            o.Conventions.AuthorizePage("/Strategies/Wizard", CoordinatorPolicy);
            o.Conventions.AuthorizeFolder("/Strategies/Editor", CoordinatorPolicy);
            o.Conventions.AuthorizeFolder("/Strategies/Register", CoordinatorPolicy);
            o.Conventions.AuthorizeFolder("/Monitoring", StaffPolicy);
            // Who sees which unit is decided by the account's TERYT code (OzpsAccess), page by page.
            o.Conventions.AuthorizeFolder("/Ozps", StrategyReaderPolicy);
            o.Conventions.AuthorizeFolder("/Reports", StaffPolicy);
            o.Conventions.AuthorizePage("/Accounts/Users", AdministratorPolicy);
            o.Conventions.AuthorizePage("/Accounts/User", AdministratorPolicy);
            o.Conventions.AuthorizeFolder("/Audit", AdministratorPolicy);
            o.Conventions.AuthorizeFolder("/Mail", AdministratorPolicy);
            o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
            o.Conventions.AllowAnonymousToPage("/Accounts/Invitation");
            o.Conventions.AllowAnonymousToPage("/Accounts/Setup");
            o.Conventions.AllowAnonymousToFolder("/Publishing");
            o.Conventions.AllowAnonymousToPage("/Accounts/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Index");
        });
    }

    public static void UseKierunek(this WebApplication app)
    {
        // First: behind a TLS proxy, the scheme (https) and the client's address are known only from here on — HSTS
        // is sent only on requests that are HTTPS.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/blad");
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeaders>();
        // Error pages for people; the API answers with its own status codes and problem details.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/blad", "?kod={0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapOpenApi("/api/openapi.json").AllowAnonymous();
        app.MapKierunekApi();
    }

    /// <summary>Brings the schema up to date and, where configured (development), loads the demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KierunekDb>();
        await Database.MigrateAsync(db);
        await scope.ServiceProvider.EnsureDemoDataAsync(app.Environment, app.Logger);
    }

    /// <summary>ConnectionStrings:Kierunek (production: PostgreSQL), else Kierunek:Database (a SQLite file,
    /// relative to the application's folder), else the user's data folder.</summary>
    private static string DatabaseSetting(IConfiguration configuration, KierunekOptions settings, IWebHostEnvironment environment)
    {
        if (configuration.GetConnectionString("Kierunek") is { Length: > 0 } connection) return connection;
        if (settings.Database is { Length: > 0 } file)
            return Database.IsPostgres(file) ? file : Path.GetFullPath(Path.Combine(environment.ContentRootPath, file));
        return Database.DefaultPath;
    }
}
