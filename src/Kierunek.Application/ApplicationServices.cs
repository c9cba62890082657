using Kierunek.Application.Accounts;
using Kierunek.Application.Audit;
using Kierunek.Application.Mail;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Publishing;
using Kierunek.Application.Strategies;
using Microsoft.Extensions.DependencyInjection;

namespace Kierunek.Application;

/// <summary>Registers the use cases the web application's pages and API call (one service per feature).</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddKierunekApplication(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<StrategyCatalog>();
        services.AddScoped<Dashboards>();
        services.AddScoped<DocumentImports>();
        services.AddScoped<MappedImports>();
        services.AddScoped<StrategyEditor>();
        services.AddScoped<InstitutionRegister>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<SetupCodes>();
        services.AddScoped<Publications>();
        services.AddSingleton<PublishingQueue>();
        services.AddScoped<PublicStrategies>();
        services.AddScoped<MonitoringService>();
        services.AddScoped<Campaigns>();
        services.AddScoped<WorkList>();
        services.AddScoped<Assignments>();
        services.AddScoped<ActionReports>();
        services.AddScoped<ReturnPackets>();
        services.AddScoped<PeriodView>();
        services.AddScoped<ReportData>();
        services.AddScoped<ItemValues>();
        services.AddScoped<ItemHistory>();
        services.AddScoped<ValueHistory>();
        services.AddScoped<Conversations>();
        services.AddScoped<SourceDocuments>();
        services.AddScoped<AuditLog>();
        services.AddScoped<Ozps.OzpsAssessments>();
        services.AddScoped<Ozps.OzpsRegions>();
        services.AddScoped<Ozps.OzpsUploads>();
        services.AddScoped<Ozps.OzpsRecommendations>();
        services.AddMail();
        return services;
    }

    /// <summary>E-mail: the outbox and what writes into it. The transport follows the settings ("Kierunek:Mail"): an
    /// SMTP server, or a folder when none is named. Options are bound by the host (the web application).</summary>
    private static void AddMail(this IServiceCollection services)
    {
        services.AddSingleton(sp => IMailTransport.For(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<MailOptions>>().Value));
        services.AddScoped<Outbox>();
        services.AddScoped<Recipients>();
        services.AddScoped<Reminders>();
        services.AddScoped<Notifications>();
    }
}
