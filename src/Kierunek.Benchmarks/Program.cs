using Kierunek.Benchmarks;
using Kierunek.Cli;

// The hello-world the speed table times beside the command-line tool: returns before anything else is loaded.
if (args is ["hello"])
{
    Console.WriteLine("hello");
    return 0;
}

// `./kierunek benchmark …` lands here (the script passes everything after "benchmark").
// A composition root like the CLI's: the real clock is chosen here and handed down.
var command = BenchmarkCommand.Create(TimeProvider.System);
var parsed = command.Parse(args);
if (parsed.Errors.Count > 0) return Output.Usage(parsed);
return await parsed.InvokeAsync();
