using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Kierunek.Data.Tests;

/// <summary>The compiled models in src/Kierunek.Data/CompiledModels are what EF Core uses at run time instead of
/// building the model from the configurations; one that no longer matches them would read and write the wrong columns.</summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Providers => Databases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public void The_compiled_model_is_the_one_the_configurations_build(string provider)
    {
        using var db = Context(provider);
        var compiled = db.Model;
        Assert.IsAssignableFrom<RuntimeModel>(compiled);
        Assert.StartsWith("Kierunek.Data.CompiledModels.", compiled.GetType().FullName);

        // The design-time model is always built from OnModelCreating, never taken from the compiled one.
        var configured = db.GetService<IDesignTimeModel>().Model;
        var expected = Shape(configured.GetRelationalModel());
        var actual = Shape(compiled.GetRelationalModel());
        var missing = expected.Except(actual).Take(10).ToList();
        var extra = actual.Except(expected).Take(10).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Model skompilowany ({provider}) nie zgadza się z konfiguracją — brak: {string.Join("; ", missing)}; nadmiar: {string.Join("; ", extra)}. Uruchom scripts/compiled-models.sh.");
    }

    [Theory, MemberData(nameof(Providers))]
    public void The_migrations_hold_every_change_to_the_model(string provider)
    {
        using var db = Context(provider);
        Assert.False(db.Database.HasPendingModelChanges(), $"Model ({provider}) zmieniony bez migracji: dotnet ef migrations add … (README, „src/Kierunek.Data”), potem scripts/compiled-models.sh.");
    }

    private static KierunekDb Context(string provider) => provider == "sqlite"
        ? new SqliteDb(new DbContextOptionsBuilder<SqliteDb>().UseSqlite("Data Source=:memory:").Options)
        : new PostgresDb(new DbContextOptionsBuilder<PostgresDb>().UseNpgsql("Host=localhost;Database=model").Options);

    /// <summary>Every table, column (store type, nullability), key, index and foreign key, one line each.</summary>
    private static List<string> Shape(IRelationalModel model) =>
        model.Tables.SelectMany(t => new[] { $"tabela {t.Name}", $"{t.Name} klucz {Columns(t.PrimaryKey?.Columns)}" }
            .Concat(t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}"))
            .Concat(t.Indexes.Select(i => $"{t.Name} indeks {i.Name} ({Columns(i.Columns)}){(i.IsUnique ? " unikalny" : "")}"))
            .Concat(t.UniqueConstraints.Select(u => $"{t.Name} unikalne {Columns(u.Columns)}"))
            .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} obcy {Columns(f.Columns)} → {f.PrincipalTable.Name} {f.OnDeleteAction}")))
            .Order().ToList();

    private static string Columns(IEnumerable<IColumn>? columns) => string.Join(",", columns?.Select(c => c.Name) ?? []);
}
