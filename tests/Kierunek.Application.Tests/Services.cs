using Kierunek.Application.Mail;
using Kierunek.Application.Monitoring;
using Kierunek.Application.Strategies;
using Kierunek.Data;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kierunek.Application.Tests;

/// <summary>The application's services over one test database, wired as the web application wires them, without a
/// container: e-mail goes to the outbox (and out through <paramref name="transport"/> only when a test sends it).</summary>
internal sealed class Services(KierunekDb db, TimeProvider clock, IMailTransport? transport = null, MailOptions? mail = null)
{
    public IOptions<MailOptions> MailOptions { get; } = Options.Create(mail ?? new MailOptions());
    public StrategyCatalog Catalog => new(db, new MemoryCache(new MemoryCacheOptions()), clock);
    public PeriodView View => new(db, Catalog);
    public Outbox Outbox => new(db, transport ?? new FolderMailTransport(Path.Combine(Path.GetTempPath(), "kierunek-test-poczta-nieuzywana")), MailOptions, clock, NullLogger<Outbox>.Instance);
    public Recipients Recipients => new(db);
    public Notifications Notifications => new(db, View, Recipients, Outbox, MailOptions, clock);
    public Reminders Reminders => new(db, View, Recipients, Outbox, MailOptions, clock, NullLogger<Reminders>.Instance);
    public MonitoringService Monitoring => new(db, Catalog, clock, NullLogger<MonitoringService>.Instance, Notifications);

    public static MonitoringService MonitoringOf(KierunekDb db, TimeProvider clock) => new Services(db, clock).Monitoring;
}
