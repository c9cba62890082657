using Kierunek.Data;
using Kierunek.Data.Strategies;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Import;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using System.CommandLine;

namespace Kierunek.Cli;

/// <summary>Where commands find a document: a file (a report or an exchange-format JSON), or a
/// key of a document stored in the database named by --db.</summary>
public static class Documents
{
    public static Option<string?> DbOption() => new("--db")
    {
        Description = "Baza: plik SQLite albo ciąg połączenia PostgreSQL (Host=…;Database=…); domyślnie folder danych aplikacji",
    };

    public static string User => Environment.UserName is { Length: > 0 } u ? u : "cli";

    public static async Task<Result<StrategyDocument>> FindAsync(string document, string? db, TimeProvider clock, CancellationToken ct)
    {
        if (File.Exists(document)) return DocumentImporter.ImportFile(document);
        if (Directory.Exists(document)) return Result<StrategyDocument>.Fail(InputFiles.NotAFile(document)!);
        await using var context = Database.Open(db);
        var stored = await new DocumentStore(context, clock).LoadAsync(document, ct);
        return stored is not null
            ? Result<StrategyDocument>.Ok(stored)
            : Result<StrategyDocument>.Fail(new Error(new SourceLocation(document), ImportErrorCodes.FileNotFound,
                $"Nie ma pliku „{document}” ani zapisanego dokumentu o tym kluczu (lista: kierunek list)."));
    }
}
