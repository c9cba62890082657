using System.Diagnostics;

namespace Kierunek.Benchmarks;

/// <summary>A command run in a process of its own, as a user or an operator runs it: its wall time from start to exit
/// and its peak resident memory (VmHWM in /proc, sampled every 10 ms — a high-water mark, so a late sample still
/// holds the peak reached before it).</summary>
public static class ChildProcess
{
    public sealed record Run(double Seconds, long PeakMemoryMb, int ExitCode, string Output);

    public static async Task<Run> RunAsync(string program, IEnumerable<string> arguments, CancellationToken ct, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMarkKb(process.Id));
            await Task.Delay(10, ct);
        }
        await process.WaitForExitAsync(ct);
        var seconds = watch.Elapsed.TotalSeconds;
        return new Run(seconds, peak / 1024, process.ExitCode, (await output).Trim() + (process.ExitCode == 0 ? "" : "\n" + await errors));
    }

    /// <summary>The process's peak resident memory so far, in kB (0 once it has gone).</summary>
    private static long HighWaterMarkKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
