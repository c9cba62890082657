namespace Kierunek.Import;

/// <summary>The folder with the seed documents the demo loads: the nearest "seeds" folder above the
/// running program (the repository's, wherever it was built).</summary>
public static class SeedFolder
{
    public static string? Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
