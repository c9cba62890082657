using Kierunek.Domain.Values;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Kierunek.Domain.Strategies;

/// <summary>A target: absolute ("10", "95%") or relative to the baseline ("Wzrost o 10%").</summary>
public sealed partial record Target(RecordedValue Value)
{
    /// <summary>The relative change in percent for "Wzrost o 10%" (10) or "Spadek o 5%" (−5); null for an absolute target.</summary>
    [JsonIgnore] public decimal? RelativeChangePercent
    {
        get
        {
            var m = Relative().Match(Value.Reading.Text);
            if (!m.Success || !PolishNumber.TryParse(m.Groups[2].Value, out var p)) return null;
            return m.Groups[1].Value.StartsWith("w", StringComparison.OrdinalIgnoreCase) ? p : -p;
        }
    }

    [JsonIgnore] public bool IsRelative => RelativeChangePercent is not null;

    [GeneratedRegex(@"^(wzrost|zwiększenie|spadek|zmniejszenie)\s+o\s+([\d\s.,]+?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
}
