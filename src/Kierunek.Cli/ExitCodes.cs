namespace Kierunek.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The command ran and found problems (e.g. check found mismatches).</summary>
    public const int ProblemsFound = 1;
    /// <summary>Bad input or usage.</summary>
    public const int BadInput = 2;
}
