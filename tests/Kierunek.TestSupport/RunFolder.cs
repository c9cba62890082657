namespace Kierunek.TestSupport;

/// <summary>The folder under the system temp folder (TMPDIR) that holds this test process's temporary
/// files, folders and SQLite databases, so that whatever a test leaves behind is easy to find and to
/// attribute. Removed when the process exits, but only if empty: a leftover stays visible to .ci/run.</summary>
public static class RunFolder
{
    private static readonly Lazy<string> Folder = new(Create);

    public static string Path => Folder.Value;

    /// <summary>A new path in the run folder; nothing is created.</summary>
    public static string NewPath(string extension = "") =>
        System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N") + (extension.Length == 0 || extension.StartsWith('.') ? extension : "." + extension));

    private static string Create()
    {
        var folder = Directory.CreateTempSubdirectory($"kierunek-tests-{Environment.ProcessId}-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: false); }
            catch (IOException) { } // not empty: something was not disposed, and .ci/run reports it
        };
        return folder;
    }
}
