using FsCheck.Fluent;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies.Exchange;
using Kierunek.Domain.Values;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using System.Diagnostics;
using System.Text;

namespace Kierunek.Import.Tests.Fuzzing;

/// <summary>Every reader of outside input, fed its corpus (tests/Kierunek.Import.Tests/Fuzzing/corpus and the seeds)
/// and then random mutations and truncations of it for a bounded time (KIERUNEK_FUZZ_SECONDS per target, 5 by default;
/// CI gives 30): nothing throws, and every refusal names its place (a file with a line, a column or a field). A failure
/// prints the seed and the mutations; put the input in the corpus folder to keep it as a regression.</summary>
public class FuzzTests
{
    private static TimeSpan Budget =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("KIERUNEK_FUZZ_SECONDS"), out var s) && s > 0 ? s : 5);

    private static string Corpus(string name) => Path.Combine(SeedFiles.Root(), "tests", "Kierunek.Import.Tests", "Fuzzing", "corpus", name);

    [Fact]
    public void Cell_values_are_read_or_refused_with_a_reason_never_thrown()
    {
        var cells = File.ReadAllLines(Corpus("komorki.txt")).Select(l => l.Replace("\\n", "\n").Replace("\\t", "\t")).ToList();
        Fuzz(cells, text =>
        {
            foreach (var context in new[] { ValueContext.General, ValueContext.Money })
            {
                var read = ValueReader.Read(text, context);
                if (!read.IsSuccess && string.IsNullOrWhiteSpace(read.Error)) return "odmowa bez powodu";
            }
            return null;
        });
    }

    [Fact]
    public void Strategy_reports_are_imported_or_refused_naming_a_place() =>
        Fuzz(new[] { SeedFiles.Lublin, SeedFiles.Bialystok, SeedFiles.RopsLublin, SeedFiles.Belchatow }.Select(s => File.ReadAllText(SeedFiles.Path(s))).ToList(),
            text => Placed(Read(text, DocumentImporter.ImportText)));

    [Fact]
    public void Ozps_documents_are_read_or_refused_naming_a_place() =>
        Fuzz([File.ReadAllText(SeedFiles.Path(SeedFiles.Lubartow))], text => Placed(Read(text, s => OzpsDocumentReader.Read(s))));

    [Fact]
    public void Ozps_csv_files_are_read_or_refused_naming_a_place() =>
        Fuzz([File.ReadAllText(Corpus("ozps-lubartow-2019.csv"))], text => Placed(OzpsCsvReader.Read("ozps.csv", new StringReader(text)).Errors));

    [Fact]
    public void Exchange_files_are_imported_or_refused_naming_a_place() =>
        Fuzz([DocumentJson.Write(SeedFiles.BelchatowReport), DocumentJson.Write(SeedFiles.RopsReport)], text => Placed(Read(text, DocumentImporter.ImportText)));

    /// <summary>Word and Excel copies of a seed with bytes changed, cut short or swapped: opened and imported, or refused
    /// as a broken file or naming a place — never an exception from inside the archive or the XML.</summary>
    [Fact]
    public void Word_and_Excel_files_are_imported_or_refused_never_thrown()
    {
        var text = File.ReadAllText(SeedFiles.Path(SeedFiles.Belchatow));
        IReadOnlyList<string> Paragraphs(string raw) => Grids.CellText.Parse(raw).Text.Split('\n');
        byte[][] corpus = [TestSupport.OfficeCopies.Word(text, Paragraphs, [0]), TestSupport.OfficeCopies.Excel(text, Paragraphs, [0])];
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var tried = 0;
        while (clock.Elapsed < Budget || tried < 20)
        {
            var pick = random.Next(corpus.Length);
            var bytes = (byte[])corpus[pick].Clone();
            var changes = new List<string>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var at = random.Next(bytes.Length);
                switch (random.Next(3))
                {
                    case 0: bytes[at] = (byte)random.Next(256); changes.Add($"bajt {at}"); break;
                    case 1: bytes = bytes[..Math.Max(4, at)]; changes.Add($"ucięty na {at}"); break;
                    default: bytes[at] ^= (byte)(1 << random.Next(8)); changes.Add($"bit w bajcie {at}"); break;
                }
            }
            string? problem;
            try
            {
                var source = SourceText.FromBytes(pick == 0 ? "plan.docx" : "plan.xlsx", bytes);
                var errors = source.IsSuccess ? DocumentImporter.ImportText(source.Value!).Errors : source.Errors;
                problem = Placed(errors.Where(e => e.Code is not (ImportErrorCodes.BrokenOfficeFile or ImportErrorCodes.UnsupportedOfficeFile or ImportErrorCodes.FileTooLarge)).ToList());
            }
            catch (Exception e)
            {
                problem = $"wyjątek {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
            }
            if (problem is not null) Assert.Fail($"{problem}\nziarno {seed}, kopia nr {pick}, zmiany: {string.Join("; ", changes)}");
            tried++;
        }
    }

    /// <summary>The corpus as it is, then mutations of it until the budget is spent.</summary>
    private static void Fuzz(IReadOnlyList<string> corpus, Func<string, string?> check)
    {
        for (var i = 0; i < corpus.Count; i++) Run(corpus[i], i, [], check);
        var clock = Stopwatch.StartNew();
        var tried = 0;
        var cases = Gen.Zip(FsCheck.FSharp.Gen.Choose(0, corpus.Count - 1), Mutation.Some);
        while (clock.Elapsed < Budget)
        {
            foreach (var (pick, mutations) in cases.Sample(100, 25))
            {
                Run(mutations.Aggregate(corpus[pick], (text, m) => m.ApplyTo(text)), pick, mutations, check);
                tried++;
            }
        }
        Assert.True(tried > 0);
    }

    private static void Run(string input, int pick, Mutation[] mutations, Func<string, string?> check)
    {
        string? problem;
        try
        {
            problem = check(input);
        }
        catch (Exception e)
        {
            problem = $"wyjątek {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
        if (problem is not null)
            Assert.Fail($"{problem}\nwejście nr {pick} korpusu, zmiany: {string.Join("; ", mutations.Select(m => m.ToString()))}\nkoniec wejścia: …{input[Math.Max(0, input.Length - 200)..]}");
    }

    /// <summary>Null when every error names a file and a line, column or field; else what is missing.</summary>
    private static string? Placed(IReadOnlyList<Error> errors) =>
        errors.FirstOrDefault(e => string.IsNullOrEmpty(e.At.File) || (e.At.Line is null && e.At.Column is null)) is { } unplaced
            ? $"błąd bez miejsca: {unplaced.Code} — {unplaced.Message}"
            : null;

    /// <summary>The text as a file's bytes, through the strict reading every file gets, then the reader.</summary>
    private static IReadOnlyList<Error> Read<T>(string text, Func<SourceText, Result<T>> reader)
    {
        var source = SourceText.FromBytes("wejscie.txt", Encoding.UTF8.GetBytes(text));
        return source.IsSuccess ? reader(source.Value!).Errors : source.Errors;
    }
}
