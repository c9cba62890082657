using Kierunek.Domain.Results;

namespace Kierunek.Import.Reading;

/// <summary>The path a person gave for a file to read, checked before reading: a folder is not "a missing file".</summary>
public static class InputFiles
{
    /// <summary>Null when <paramref name="path"/> is a file; else why not, with what to give instead.</summary>
    public static Error? NotAFile(string path)
    {
        if (Directory.Exists(path))
        {
            var folder = Path.TrimEndingDirectorySeparator(path);
            return new Error(new SourceLocation(Path.GetFileName(folder)), ImportErrorCodes.Folder,
                $"„{path}” to folder, a nie plik. Podaj plik z tego folderu, np. „{Path.Combine(folder, "raport.txt")}”, albo kilka naraz: {Path.Combine(folder, "*.txt")}.");
        }
        return File.Exists(path) ? null
            : new Error(new SourceLocation(Path.GetFileName(path)), ImportErrorCodes.FileNotFound, $"Nie ma pliku „{path}”.");
    }
}
