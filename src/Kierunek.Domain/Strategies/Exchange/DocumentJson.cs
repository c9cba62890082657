using Kierunek.Domain.Results;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Kierunek.Domain.Strategies.Exchange;

/// <summary>The Kierunek exchange format: one strategy document as JSON (docs/format-wymiany.md).
/// Every cell keeps its raw text beside its typed reading, so another tool can re-read it.</summary>
public static partial class DocumentJson
{
    public const string FormatName = "kierunek-dokument";
    public const int FormatVersion = 1;

    /// <summary>The error code of a file that is not a readable exchange file (its place and the reason in the message).</summary>
    public const string InvalidFile = "invalid-exchange-file";

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Polish letters, quotes and the cells' HTML stay readable; the file is data, never inlined into a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // The model is the schema: a field the model cannot do without (a cell's "raw" and "reading") may be neither
        // null nor missing; optional (nullable) fields may be left out, as the writer leaves out nulls.
        RespectNullableAnnotations = true,
        // Generated at build time (ExchangeTypes): reflecting over the document's types cost a short command a tenth of its time.
        TypeInfoResolver = ExchangeTypes.Default.WithAddedModifier(RequireNonNullableConstructorParameters),
    };

    private static void RequireNonNullableConstructorParameters(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            if (property.AssociatedParameter is { } parameter && !property.PropertyType.IsValueType && !parameter.IsNullable)
                property.IsRequired = true;
    }

    public static string Write(StrategyDocument document) =>
        JsonSerializer.Serialize(new Envelope(FormatName, FormatVersion, document), Options);

    /// <summary>The same text without indentation, as the database keeps it: a 50 000-row strategy is a third the size
    /// (its indentation was most of its 218 MB). Exported files stay indented for people to read.</summary>
    public static string WriteCompact(StrategyDocument document) =>
        JsonSerializer.Serialize(new Envelope(FormatName, FormatVersion, document), CompactOptions);

    private static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false };

    public static Result<StrategyDocument> Read(string json, string fileName)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(json, Options);
            if (envelope is null || envelope.Format != FormatName)
                return Fail(fileName, LineOf(json, "\"format\""), $"To nie jest plik wymiany Kierunku: pole „format” musi mieć wartość „{FormatName}”.");
            if (envelope.Version != FormatVersion)
                return Fail(fileName, LineOf(json, "\"version\""), $"Nieobsługiwana wersja formatu {envelope.Version}; ta wersja programu czyta wersję {FormatVersion}.");
            if (envelope.Document is null)
                return Fail(fileName, LineOf(json, "\"document\""), "Plik wymiany nie zawiera dokumentu (pole „document”).");
            return Result<StrategyDocument>.Ok(envelope.Document);
        }
        catch (JsonException e)
        {
            return Fail(fileName, (int?)e.LineNumber + 1, $"Błędny JSON ({e.Path}): {e.Message}");
        }
        catch (ArgumentException e)
        {
            // A value the domain refuses, thrown by a constructor: the serializer gives no place, so the year is looked up.
            if (e.ParamName is "fromYear" or "toYear" && BadYear(json) is { } year)
                return Fail(fileName, year.Line, $"Rok {year.Value} w polu „{year.Field}” jest poza okresem, który dokument może mieć (1990–2100, koniec nie przed początkiem).");
            return Fail(fileName, 1, $"Niepoprawna wartość w pliku wymiany ({e.ParamName}): popraw ją w pliku.");
        }
    }

    /// <summary>The first period year a <see cref="ReportingPeriod"/> refuses, with its line.</summary>
    private static (int Line, long Value, string Field)? BadYear(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        long? from = null;
        string? field = null;
        while (TryRead(ref reader))
        {
            if (reader.TokenType == JsonTokenType.PropertyName) field = reader.GetString();
            else if (reader.TokenType == JsonTokenType.Number && field is "fromYear" or "toYear" && reader.TryGetInt64(out var year))
            {
                var bad = field == "fromYear" ? year is < 1990 or > 2100 : year > 2100 || (from is { } f && year < f);
                if (field == "fromYear") from = year;
                if (bad) return (bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n') + 1, year, field);
            }
        }
        return null;
    }

    /// <summary>The line of the envelope's field (its first mention), 1 when it is not there.</summary>
    private static int LineOf(string json, string field) =>
        json.IndexOf(field, StringComparison.Ordinal) is var at and >= 0 ? json.AsSpan(0, at).Count('\n') + 1 : 1;

    /// <summary>The next token; false at the end or where the text stops being JSON (the year, if bad, came before).</summary>
    private static bool TryRead(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A file starting with "{" is the exchange format; a table export never does.</summary>
    public static bool LooksLikeExchange(string text) => text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('{');

    private static Result<StrategyDocument> Fail(string file, int? line, string message) =>
        Result<StrategyDocument>.Fail(new Error(new SourceLocation(file, line), InvalidFile, message));

    /// <summary>The document is optional here only so that a file of another format is named as such before its content is judged.</summary>
    private sealed record Envelope(string Format, int Version, StrategyDocument? Document);

    [JsonSerializable(typeof(Envelope))]
    private sealed partial class ExchangeTypes : JsonSerializerContext;
}
