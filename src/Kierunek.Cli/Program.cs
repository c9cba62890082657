using Kierunek.Cli;
using Kierunek.Cli.Accounts;
using Kierunek.Cli.Audit;
using Kierunek.Cli.Backups;
using Kierunek.Cli.Installation;
using Kierunek.Cli.Ozps;
using Kierunek.Cli.Strategies;
using System.CommandLine;

// Exit codes: 0 success, 1 the command ran and found problems, 2 bad input or usage.
// The composition root: the one place the real clock is chosen; commands read the time only through it.
var clock = TimeProvider.System;
var root = new RootCommand("Kierunek — strategie rozwiązywania problemów społecznych, monitoring i sprawozdania.");
root.Subcommands.Add(ImportCommand.Create(clock));
root.Subcommands.Add(CheckCommand.Create(clock));
root.Subcommands.Add(ExportCommand.Create(clock));
root.Subcommands.Add(ReportCommand.Create(clock));
root.Subcommands.Add(DemoCommand.Create(clock));
root.Subcommands.Add(OzpsCommand.Create(clock));
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(UsersCommand.Create(clock));
foreach (var command in BackupCommands.Create()) root.Subcommands.Add(command);
root.Subcommands.Add(DatabaseCommand.Create());
root.SetAction((_, ct) => DemoCommand.RunAsync(json: false, db: null, clock, ct));

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0) return Output.Usage(parsed);
// Ctrl+C cancels the token each action is given, so a command stops between database and file operations.
try
{
    // Exceptions reach the catch below (and, being bugs otherwise, the runtime), not System.CommandLine's printer.
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Kierunek.Data.UnusableDatabaseException e)
{
    return Output.Errors([new Kierunek.Domain.Results.Error(new Kierunek.Domain.Results.SourceLocation("--db"), CliErrors.BadDatabase, e.Message)], args.Contains("--json"));
}
