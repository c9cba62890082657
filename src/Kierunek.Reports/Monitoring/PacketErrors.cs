using Kierunek.Domain.Results;

namespace Kierunek.Reports.Monitoring;

/// <summary>Why an uploaded file is not a return packet that can be read (<see cref="ReturnPacket.Read"/>), each with
/// its code and what to do.</summary>
public static class PacketErrors
{
    public const string TooLargeCode = "packet.too-large";
    public const string NotAWorkbookCode = "packet.not-a-workbook";
    public const string NotAPacketCode = "packet.not-a-packet";
    public const string TamperedCode = "packet.tampered";
    public const string OtherPeriodCode = "packet.other-period";
    public const string OtherInstitutionCode = "packet.other-institution";
    public const string CellCode = "packet.cell";

    public static Error TooLarge(string file, long bytes) => new(new SourceLocation(file), TooLargeCode,
        $"Plik ma {bytes / 1024 / 1024} MB, a arkusz z Kierunku może mieć najwyżej {ReturnPacket.MaxBytes / 1024 / 1024} MB. Proszę wczytać arkusz pobrany z Kierunku.");
    public static Error NotAWorkbook(string file) => new(new SourceLocation(file), NotAWorkbookCode,
        "Plik nie jest skoroszytem Excel (.xlsx). Proszę zapisać arkusz w formacie .xlsx i wczytać go ponownie.");
    public static Error NotAPacket(string file) => new(new SourceLocation(file), NotAPacketCode,
        $"To nie jest arkusz pobrany z Kierunku (brak ukrytego arkusza „{ReturnPacket.KeySheet}” albo arkusza „{ReturnPacket.ValuesSheet}”). Proszę pobrać arkusz instytucji z Kierunku, wpisać wartości i wczytać go.");
    public static Error Tampered(string file) => new(new SourceLocation(file), TamperedCode,
        "Układ arkusza zmieniono (przesunięte, dodane lub usunięte wiersze albo zmieniony ukryty arkusz), więc nie wiadomo, której wartości dotyczy który wiersz. Proszę pobrać nowy arkusz i przepisać do niego wartości.");
    public static Error OtherPeriod(string file, int year) => new(new SourceLocation(file), OtherPeriodCode,
        $"To arkusz innego okresu ({year} r.) albo innej strategii. Proszę wczytać arkusz pobrany dla tego okresu.");
    public static Error OtherInstitution(string file) => new(new SourceLocation(file), OtherInstitutionCode,
        "To arkusz innej instytucji. Proszę wczytać arkusz własnej instytucji (koordynator wczytuje go w imieniu instytucji na jej stronie).");
    /// <summary>One refused cell: "arkusz Wartości, komórka G12 — …".</summary>
    public static Error Cell(string file, string cell, string reason) => new(new SourceLocation(file, int.Parse(cell[1..]), cell[..1]), CellCode,
        $"Arkusz „{ReturnPacket.ValuesSheet}”, komórka {cell}: {reason}");
}
