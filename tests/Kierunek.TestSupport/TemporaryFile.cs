namespace Kierunek.TestSupport;

/// <summary>A path for a file a test writes (the file is not created here); the file is deleted on dispose.</summary>
public sealed class TemporaryFile(string extension = "") : IDisposable, IAsyncDisposable
{
    public string Path { get; } = RunFolder.NewPath(extension);

    public FileInfo Info => new(Path);

    public override string ToString() => Path;

    public void Dispose() => File.Delete(Path);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
