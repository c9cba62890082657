using Kierunek.Domain.Results;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kierunek.Domain.Strategies.Mapping;

/// <summary>A <see cref="TableMapping"/> as a file a person can read and edit (docs/mapowanie.md): Polish keys and role
/// names, so the file the wizard saves can be handed to <c>kierunek import plik.xlsx --mapping mapowanie.json</c> or
/// corrected by hand. Every mistake is refused with the key it is in and what is allowed.</summary>
public static class MappingFile
{
    public const string FormatName = "kierunek-mapowanie";
    public const int FormatVersion = 1;
    public const string InvalidFile = "invalid-mapping-file";

    private static readonly (ColumnRole Role, string Name)[] RoleNames =
    [
        (ColumnRole.Ignore, "pomiń"), (ColumnRole.Code, "kod"), (ColumnRole.Name, "nazwa"), (ColumnRole.Level, "poziom"),
        (ColumnRole.Coordinator, "koordynator"), (ColumnRole.Implementer, "realizatorzy"), (ColumnRole.Deadline, "termin"),
        (ColumnRole.Indicator, "wskaźnik"), (ColumnRole.Unit, "jednostka"), (ColumnRole.Baseline, "wartość bazowa"),
        (ColumnRole.Target, "wartość docelowa"), (ColumnRole.Year, "rok"), (ColumnRole.Cost, "koszt"), (ColumnRole.Notes, "uwagi"),
    ];

    private static readonly (LevelSource Source, string Name)[] LevelSourceNames =
        [(LevelSource.Codes, "kody"), (LevelSource.Indentation, "wcięcia"), (LevelSource.LevelColumn, "kolumna")];

    private static readonly (NumberConvention Convention, string Name)[] ConventionNames =
    [
        (NumberConvention.Auto, "wykryj"), (NumberConvention.Polish, "polski"),
        (NumberConvention.DotThousands, "kropka-tysiące"), (NumberConvention.DotDecimal, "kropka-dziesiętna"),
    ];

    public static IEnumerable<string> Roles => RoleNames.Select(r => r.Name);
    public static string NameOf(ColumnRole role) => RoleNames.First(r => r.Role == role).Name;
    public static string NameOf(NumberConvention convention) => ConventionNames.First(c => c.Convention == convention).Name;
    public static string NameOf(LevelSource source) => LevelSourceNames.First(c => c.Source == source).Name;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Write(TableMapping mapping) => JsonSerializer.Serialize(new FileDto
    {
        Format = FormatName,
        Version = FormatVersion,
        Name = mapping.Name,
        Document = new DocumentDto { Key = mapping.DocumentKey, Title = mapping.DocumentTitle },
        Table = mapping.Table,
        HeaderRows = mapping.HeaderRows,
        Levels = new LevelsDto { From = NameOf(mapping.Levels), Names = mapping.LevelNames.ToList() },
        Columns = mapping.Columns.Where(c => c.Role != ColumnRole.Ignore).Select(c => new ColumnDto
        {
            Column = c.Column, Role = NameOf(c.Role), Year = c.Year, Funding = c.Funding,
            Numbers = c.Numbers == NumberConvention.Auto ? null : NameOf(c.Numbers),
        }).ToList(),
    }, Options);

    public static Result<TableMapping> Read(string json, string fileName)
    {
        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(json, Options);
        }
        catch (JsonException e)
        {
            return Fail(fileName, (int?)e.LineNumber + 1, $"Błędny JSON ({e.Path}): {e.Message} Popraw plik albo zapisz mapowanie w kreatorze ponownie.");
        }
        if (file is null || file.Format != FormatName)
            return Fail(fileName, 1, $"To nie jest plik mapowania Kierunku: pole „format” musi mieć wartość „{FormatName}”.");
        if (file.Version != FormatVersion)
            return Fail(fileName, 1, $"Nieobsługiwana wersja pliku mapowania {file.Version}; ta wersja programu czyta wersję {FormatVersion}.");

        var errors = new List<Error>();
        void Wrong(string field, string message) => errors.Add(new Error(new SourceLocation(fileName, null, field), InvalidFile, message));
        if (string.IsNullOrWhiteSpace(file.Name)) Wrong("nazwa", "Podaj nazwę mapowania (pole „nazwa”), np. „Wskaźniki MOPS”.");
        if (file.Document is not { Key.Length: > 0, Title.Length: > 0 })
            Wrong("dokument", "Podaj klucz i tytuł strategii (pole „dokument”: „klucz”, „tytuł”).");
        if (file.Table is < 1) Wrong("tabela", "Numer tabeli (pole „tabela”) liczy się od 1.");
        if (file.HeaderRows is < 0 or > TableMapping.MaxHeaderRows)
            Wrong("wierszeNagłówka", $"Wierszy nagłówka (pole „wierszeNagłówka”) może być od 0 do {TableMapping.MaxHeaderRows}.");
        var levels = LevelSourceNames.FirstOrDefault(l => l.Name == (file.Levels?.From ?? "kody"));
        if (levels.Name is null)
            Wrong("poziomy.według", $"Poziomy („poziomy.według”) rozpoznaje się według: {string.Join(", ", LevelSourceNames.Select(l => $"„{l.Name}”"))}.");
        if (file.Levels?.Names is { Count: > TableMapping.MaxLevels })
            Wrong("poziomy.nazwy", $"Strategia może mieć najwyżej {TableMapping.MaxLevels} poziomów.");

        var columns = new List<ColumnMapping>();
        foreach (var (c, i) in (file.Columns ?? []).Select((c, i) => (c, i)))
        {
            var at = $"kolumny[{i + 1}]";
            var role = RoleNames.FirstOrDefault(r => r.Name == c.Role);
            if (role.Name is null)
            {
                Wrong(at, $"Nieznana rola „{c.Role}”; dozwolone: {string.Join(", ", RoleNames.Select(r => $"„{r.Name}”"))}.");
                continue;
            }
            if (c.Column is < 1 or > TableMapping.MaxColumns) Wrong(at, $"Numer kolumny liczy się od 1 (do {TableMapping.MaxColumns}).");
            if (role.Role == ColumnRole.Year && c.Year is not (>= 1990 and <= 2100)) Wrong(at, "Kolumna z rolą „rok” potrzebuje roku (pole „rok”, 1990–2100).");
            var convention = ConventionNames.FirstOrDefault(n => n.Name == (c.Numbers ?? "wykryj"));
            if (convention.Name is null) Wrong(at, $"Zapis liczb („liczby”) to jedno z: {string.Join(", ", ConventionNames.Select(n => $"„{n.Name}”"))}.");
            columns.Add(new ColumnMapping(c.Column, role.Role) { Year = c.Year, Funding = c.Funding, Numbers = convention.Convention });
        }
        foreach (var twice in columns.GroupBy(c => c.Column).Where(g => g.Count() > 1))
            Wrong("kolumny", $"Kolumna {twice.Key} ma kilka ról; każda kolumna może mieć jedną.");
        if (!columns.Any(c => c.Role is ColumnRole.Code or ColumnRole.Name))
            Wrong("kolumny", "Żadna kolumna nie ma roli „kod” ani „nazwa”: bez nich nie wiadomo, gdzie zaczyna się pozycja strategii.");
        if (levels.Source == LevelSource.LevelColumn && !columns.Any(c => c.Role == ColumnRole.Level))
            Wrong("poziomy.według", "Poziomy według kolumny wymagają kolumny z rolą „poziom”.");
        if (errors.Count > 0) return Result<TableMapping>.Fail(errors);

        return Result<TableMapping>.Ok(new TableMapping
        {
            Name = file.Name!.Trim(),
            DocumentKey = file.Document!.Key!.Trim(),
            DocumentTitle = file.Document.Title!.Trim(),
            Table = file.Table ?? 1,
            HeaderRows = file.HeaderRows ?? 1,
            Columns = columns,
            Levels = levels.Source,
            LevelNames = file.Levels?.Names?.Select(n => n.Trim()).Where(n => n.Length > 0).ToList() ?? [],
        });
    }

    private static Result<TableMapping> Fail(string fileName, int? line, string message) =>
        Result<TableMapping>.Fail(new Error(new SourceLocation(fileName, line), InvalidFile, message));

    private sealed class FileDto
    {
        [JsonPropertyName("format")] public string? Format { get; set; }
        [JsonPropertyName("wersja")] public int Version { get; set; }
        [JsonPropertyName("nazwa")] public string? Name { get; set; }
        [JsonPropertyName("dokument")] public DocumentDto? Document { get; set; }
        [JsonPropertyName("tabela")] public int? Table { get; set; }
        [JsonPropertyName("wierszeNagłówka")] public int? HeaderRows { get; set; }
        [JsonPropertyName("poziomy")] public LevelsDto? Levels { get; set; }
        [JsonPropertyName("kolumny")] public List<ColumnDto>? Columns { get; set; }
    }

    private sealed class DocumentDto
    {
        [JsonPropertyName("klucz")] public string? Key { get; set; }
        [JsonPropertyName("tytuł")] public string? Title { get; set; }
    }

    private sealed class LevelsDto
    {
        [JsonPropertyName("według")] public string? From { get; set; }
        [JsonPropertyName("nazwy")] public List<string>? Names { get; set; }
    }

    private sealed class ColumnDto
    {
        [JsonPropertyName("kolumna")] public int Column { get; set; }
        [JsonPropertyName("rola")] public string? Role { get; set; }
        [JsonPropertyName("rok")] public int? Year { get; set; }
        [JsonPropertyName("źródło")] public string? Funding { get; set; }
        [JsonPropertyName("liczby")] public string? Numbers { get; set; }
    }
}
