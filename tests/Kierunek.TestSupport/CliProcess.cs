using System.Diagnostics;

namespace Kierunek.TestSupport;

/// <summary>Runs the built command (kierunek.dll, beside the test binaries of a project that references Kierunek.Cli) as a user would, in its own process, so its output and exit code are its own.</summary>
public static class CliProcess
{
    public static (int Code, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kierunek.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
