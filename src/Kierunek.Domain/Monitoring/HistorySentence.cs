using Kierunek.Domain.Input;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Monitoring;

/// <summary>A value's audit row told in office language — "zmieniono z 84 na 91 i przekazano", "zwrócono do poprawy:
/// brak komentarza" — never the stored form ("84 [Submitted]"). The audit keeps what happened exactly; this is how
/// a person reads it.</summary>
public static partial class HistorySentence
{
    /// <summary>The state and comment as <c>MonitoringService</c> stores them: "91 [Submitted] — komentarz", "(puste) [Missing]".</summary>
    private sealed record Stored(string? Raw, string? Comment);

    public static string Of(string action, string? oldValue, string? newValue, string? reason)
    {
        var before = Read(oldValue);
        var after = Read(newValue);
        var value = Quote(after.Raw);
        var changed = before.Raw != after.Raw;
        var sentence = action switch
        {
            "zapis roboczy" when before.Raw is null => $"wpisano {value} (wersja robocza)",
            "zapis roboczy" when changed => $"zmieniono z {Quote(before.Raw)} na {value} (wersja robocza)",
            "zapis roboczy" => $"zapisano {value} bez zmiany (wersja robocza)",
            "przekazanie" when before.Raw is not null && changed => $"zmieniono z {Quote(before.Raw)} na {value} i przekazano",
            "przekazanie" => $"przekazano {value}",
            "zatwierdzenie" => $"zatwierdzono {value}",
            "zwrot do poprawy" => "zwrócono do poprawy" + (reason is null ? "" : $": {reason}"),
            "ponowne otwarcie wartości" => "otwarto ponownie do poprawy" + (reason is null ? "" : $": {reason}"),
            "wiadomość do wartości" => "napisano wiadomość" + (reason is null ? "" : $": „{InputText.Quote(reason)}”"),
            // Stored as "lista.pdf (15 B, SHA-256 …)": the file's name is what a person recognises.
            "dołączenie pliku" => "dołączono plik" + (newValue is null ? "" : $" „{FileName(newValue)}”"),
            _ => action,
        };
        if (action is "zapis roboczy" or "przekazanie" && after.Comment is { } comment && comment != before.Comment)
            sentence += $", komentarz: „{comment}”";
        return sentence;
    }

    /// <summary>"Anna Nowak, Miejski Ośrodek Pomocy Rodzinie"; on behalf of an institution, both.</summary>
    public static string Who(string name, string? institution, string? onBehalfOf) =>
        (institution is null ? name : $"{name}, {institution}") + (onBehalfOf is null ? "" : $", w imieniu: {onBehalfOf}");

    /// <summary>The account and the institution an actor's name says it acted for ("koordynator@… (w imieniu: MUP)").</summary>
    public static (string Account, string? OnBehalfOf) Actor(string stored) =>
        OnBehalf().Match(stored) is { Success: true } m ? (m.Groups[1].Value, m.Groups[2].Value) : (stored, null);

    private static Stored Read(string? stored)
    {
        if (stored is null) return new(null, null);
        var m = StoredForm().Match(stored);
        if (!m.Success) return new(stored, null);
        var raw = m.Groups["raw"].Value;
        return new(raw == "(puste)" ? null : raw, m.Groups["comment"].Success ? m.Groups["comment"].Value : null);
    }

    private static string FileName(string stored) => stored.LastIndexOf(" (", StringComparison.Ordinal) is var i and > 0 ? stored[..i] : stored;

    private static string Quote(string? raw) => raw is null ? "(puste)" : $"„{raw}”";

    [GeneratedRegex(@"^(?<raw>.*?) \[(?<state>[A-Za-z]+)\](?: — (?<comment>.*))?$", RegexOptions.Singleline)]
    private static partial Regex StoredForm();

    [GeneratedRegex(@"^(.*) \(w imieniu: (.*)\)$")]
    private static partial Regex OnBehalf();
}
