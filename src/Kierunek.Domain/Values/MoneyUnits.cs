namespace Kierunek.Domain.Values;

/// <summary>The money units Polish reports print, and their scale to złoty.</summary>
public static class MoneyUnits
{
    public const string Zloty = "zł";
    public const string ThousandZloty = "tys. zł";
    public const string MillionZloty = "mln zł";

    public static decimal Scale(string? unit) => unit switch
    {
        ThousandZloty => 1_000m,
        MillionZloty => 1_000_000m,
        _ => 1m,
    };
}
