using Kierunek.Domain.Language;
using Kierunek.Domain.Values;
using Kierunek.Import.Ozps;

namespace Kierunek.Cli;

/// <summary>How far a long import is, on stderr (stdout stays the result, for scripts): one line rewritten in place
/// on a terminal; in a log, a line at every tenth of the files, so a log does not fill up with it.</summary>
public sealed class ProgressLine
{
    private readonly bool terminal = !Console.IsErrorRedirected;
    private long lastTenth = -1;
    private bool written;

    public void Show(OzpsImportProgress p)
    {
        var tenth = p.BytesTotal == 0 ? 10 : p.BytesRead * 10 / p.BytesTotal;
        if (!terminal && tenth == lastTenth) return;
        lastTenth = tenth;
        var percent = p.BytesTotal == 0 ? 100 : p.BytesRead * 100 / p.BytesTotal;
        var line = $"Wczytano {percent}% ({PolishFormat.FileSize(p.BytesRead)} z {PolishFormat.FileSize(p.BytesTotal)}): " +
            $"{PolishFormat.Number(p.Values)} {PolishPlural.Form(p.Values, "wartość", "wartości", "wartości")}, " +
            $"{PolishFormat.Number(p.Units)} {PolishPlural.Form(p.Units, "jednostka sprawdzona", "jednostki sprawdzone", "jednostek sprawdzonych")}";
        if (terminal) Console.Error.Write($"\r{line}\u001b[K");
        else Console.Error.WriteLine(line);
        written = true;
    }

    /// <summary>Ends the line rewritten in place, so what follows starts on its own.</summary>
    public void End()
    {
        if (terminal && written) Console.Error.WriteLine();
    }
}
