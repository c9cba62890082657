namespace Kierunek.TestSupport;

/// <summary>An empty folder, created here; it is deleted with everything in it on dispose.</summary>
public sealed class TemporaryFolder : IDisposable, IAsyncDisposable
{
    public string Path { get; } = Directory.CreateDirectory(RunFolder.NewPath()).FullName;

    public override string ToString() => Path;

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
