using Microsoft.Extensions.DependencyInjection;

namespace Kierunek.Data;

/// <summary>Registers the database for dependency injection the way <see cref="Database.Open"/> opens
/// it for the command line: a PostgreSQL connection string, or a SQLite file.</summary>
public static class DatabaseServices
{
    public static IServiceCollection AddKierunekDatabase(this IServiceCollection services, string db)
    {
        if (Database.IsPostgres(db))
        {
            services.AddDbContext<PostgresDb>(o => Database.Use(o, db));
            services.AddScoped<KierunekDb>(sp => sp.GetRequiredService<PostgresDb>());
        }
        else
        {
            services.AddDbContext<SqliteDb>(o => Database.Use(o, db));
            services.AddScoped<KierunekDb>(sp => sp.GetRequiredService<SqliteDb>());
        }
        return services;
    }
}
