using System.CommandLine;
using Kierunek.Cli;
using Kierunek.Cli.Ozps;
using Kierunek.Cli.Strategies;

// Exit codes: 0 success, 1 the command ran and found problems, 2 bad input or usage.
var root = new RootCommand("Kierunek — strategie rozwiązywania problemów społecznych, monitoring i sprawozdania.");
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(OzpsCommand.Create());
root.SetAction(_ => DemoCommand.Run(json: false));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
    return ExitCodes.BadInput;
}
return parsed.Invoke();
