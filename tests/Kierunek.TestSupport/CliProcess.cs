using System.Diagnostics;

namespace Kierunek.TestSupport;

/// <summary>Runs the built command (kierunek.dll, beside the test binaries of a project that references Kierunek.Cli) as a user would, in its own process, so its output and exit code are its own.</summary>
public static class CliProcess
{
    /// <summary>The exit code, what went to stdout (the result) and what went to stderr (errors, progress).</summary>
    public sealed record Outcome(int Code, string Output, string Errors)
    {
        public void Deconstruct(out int code, out string output) => (code, output) = (Code, Output);
    }

    public static Outcome Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kierunek.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        // Both at once: a process writing much to one pipe while the other is not read would wait forever.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Outcome(process.ExitCode, output.Result, errors.Result);
    }
}
