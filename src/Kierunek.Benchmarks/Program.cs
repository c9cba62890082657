using Kierunek.Benchmarks;
using Kierunek.Cli;

// `./kierunek benchmark …` lands here (the script passes everything after "benchmark").
var command = BenchmarkCommand.Create();
var parsed = command.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine(error.Message);
    return ExitCodes.BadInput;
}
return await parsed.InvokeAsync();
