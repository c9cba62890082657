using Kierunek.Domain.Input;
using Kierunek.Domain.Results;
using Kierunek.Domain.Strategies;
using Kierunek.Domain.Strategies.Mapping;
using Kierunek.Domain.Values;
using Kierunek.Import.Reading;
using Kierunek.Import.Strategies;
using Kierunek.Import.Territory;

namespace Kierunek.Import.Mapping;

/// <summary>One cell the wizard shows before anything is stored: where it is, its column, its text as printed, what it
/// was read as and why a person should look at it (null when it is plain). A value's reading is put in words only when
/// shown (<see cref="Reading"/>): a preview pages through 300 000 cells a hundred at a time.</summary>
public sealed record MappedCell(string Place, int Line, string Column, string Raw, ValueReading? Value, string? Described, string? Doubt)
{
    public string Reading => Described ?? ReadingText.Of(Value!);
}

/// <summary>A table read by a mapping: the document it makes, and every cell it read, in table order.</summary>
public sealed record MappedImport(StrategyDocument Document, IReadOnlyList<MappedCell> Cells)
{
    /// <summary>The cells a person should look at first, then the rest — the order the wizard's preview shows them in.</summary>
    public IEnumerable<MappedCell> DoubtfulFirst => Cells.Where(c => c.Doubt is not null).Concat(Cells.Where(c => c.Doubt is null));
}

/// <summary>Reads a table no layout knows by a <see cref="TableMapping"/>: rows after the header rows are items (a row
/// with a code or a name, its level from the code's shape, the name's indentation or a level column), indicators (a
/// row's indicator name) and their values per year, costs per funding source, coordinators, implementers, terms and
/// notes. Each column's numbers are read in the convention the mapping gives or the column shows ("12.500.000",
/// "3.75%"); the text as printed is kept; an empty cell is a missing value, never 0. All or nothing: every problem is
/// an error with the row's place and the column.</summary>
public static class MappedTableInterpreter
{
    public const string MappingProblem = "mapping-problem";

    public static Result<MappedImport> Interpret(SourceTable table, TableMapping mapping, string fileName)
    {
        var run = new Run(table, mapping, fileName);
        run.Read();
        return run.Errors.Count > 0 ? Result<MappedImport>.Fail(run.Errors) : Result<MappedImport>.Ok(new MappedImport(run.Document, run.Cells));
    }

    /// <summary>The header text above each column (its header rows joined), for messages and the preview.</summary>
    public static string Header(SourceTable table, int headerRows, int column)
    {
        var parts = table.Rows.Take(headerRows).Select(r => ValueReader.Fold(r[column])).Where(t => t.Length > 0).Distinct().ToList();
        return parts.Count == 0 ? $"kolumna {column}" : string.Join(" / ", parts);
    }

    private sealed class Run(SourceTable table, TableMapping mapping, string fileName)
    {
        public List<Error> Errors { get; } = [];
        public List<MappedCell> Cells { get; } = [];
        public StrategyDocument Document { get; } = new()
        {
            Key = mapping.DocumentKey, Title = mapping.DocumentTitle, Layout = DocumentLayout.MappedTable, SourceFile = fileName,
        };

        private readonly Dictionary<int, NumberConvention> conventions = [];
        private IReadOnlyList<SourceRow> rows = [];
        private IReadOnlyDictionary<string, int> levelsByShape = new Dictionary<string, int>();
        private int depth;

        public void Read()
        {
            rows = table.Rows.Skip(mapping.HeaderRows).ToList();
            foreach (var column in mapping.Columns.Where(c => IsValue(c.Role)))
                conventions[column.Column] = column.Numbers != NumberConvention.Auto ? column.Numbers
                    : NumberConventions.Detect(rows.Select(r => r[column.Column]));
            if (mapping.Levels == LevelSource.Codes) levelsByShape = LevelCodes.Levels(rows.Select(CodeOf).OfType<string>());
            depth = Math.Clamp(mapping.LevelNames.Count > 0 ? mapping.LevelNames.Count : LevelsUsed(), 1, TableMapping.MaxLevels);
            Document.ReportedYears.AddRange(mapping.Columns.Where(c => c.Role == ColumnRole.Year && c.Year is not null).Select(c => c.Year!.Value).Distinct().Order());

            ReadValues();

            var path = new StrategyNode?[depth + 1];
            StrategyNode? current = null;
            Indicator? indicator = null;
            for (var index = 0; index < rows.Count; index++)
            {
                var row = rows[index];
                rowIndex = index;
                if (row.Cells.All(c => c.Trim().Length == 0)) continue;
                var code = CodeOf(row);
                var name = NameOf(row, code);
                if (code is not null || name is not null)
                {
                    if (LevelOf(row, code, name) is not { } level) continue;
                    if (level > 1 && path[level - 1] is null)
                    {
                        Fail(row, null, $"pozycja „{Shorten(code ?? name!)}” jest na poziomie {level} ({LevelName(level)}), a nad nią nie ma pozycji poziomu {level - 1} ({LevelName(level - 1)}). Sprawdź kody albo kolejność wierszy.");
                        continue;
                    }
                    var node = new StrategyNode
                    {
                        Kind = LevelKinds.Of(level, depth), LevelName = LevelName(level), Code = code, Title = name, SourceLine = row.Line,
                    };
                    if (level == 1) Document.Roots.Add(node); else path[level - 1]!.Children.Add(node);
                    path[level] = node;
                    for (var deeper = level + 1; deeper <= depth; deeper++) path[deeper] = null;
                    current = node;
                    indicator = null;
                    Item(row, node, code, name, level);
                }
                if (current is null)
                {
                    Fail(row, null, "wiersz z danymi stoi przed pierwszą pozycją strategii (wierszem z kodem lub nazwą). Zwiększ liczbę wierszy nagłówka albo usuń ten wiersz.");
                    continue;
                }
                Details(row, current);
                Costs(row, current);
                indicator = Indicator(row, current, indicator);
            }
            if (Errors.Count == 0) DocumentLinker.Link(Document, TercFile.Register);
        }

        private int LevelsUsed() => mapping.Levels switch
        {
            LevelSource.Codes => Math.Max(1, levelsByShape.Count),
            LevelSource.Indentation => rows.Select(r => mapping.Of(ColumnRole.Name) is { } n ? Indent(r[n.Column]) + 1 : 1).DefaultIfEmpty(1).Max(),
            _ => rows.Select(r => mapping.Of(ColumnRole.Level) is { } l && int.TryParse(r[l.Column].Trim(), out var v) ? v : 1).DefaultIfEmpty(1).Max(),
        };

        private string LevelName(int level) =>
            level <= mapping.LevelNames.Count ? mapping.LevelNames[level - 1] : LevelKinds.DefaultName(LevelKinds.Of(Math.Min(level, depth), depth));

        private string? CodeOf(SourceRow row)
        {
            if (mapping.Of(ColumnRole.Code) is { } c && ValueReader.Fold(row[c.Column]) is { Length: > 0 } code) return code;
            return mapping.Of(ColumnRole.Name) is { } n ? LevelCodes.LeadingCode(ValueReader.Fold(row[n.Column])) : null;
        }

        /// <summary>The name without the code it starts with when the code came from the name.</summary>
        private string? NameOf(SourceRow row, string? code)
        {
            if (mapping.Of(ColumnRole.Name) is not { } n) return null;
            var name = ValueReader.Fold(row[n.Column]);
            if (code is not null && mapping.Of(ColumnRole.Code) is null && name.StartsWith(code, StringComparison.Ordinal)) name = name[code.Length..].Trim();
            return name.Length == 0 ? null : name;
        }

        private int? LevelOf(SourceRow row, string? code, string? name)
        {
            switch (mapping.Levels)
            {
                case LevelSource.Codes:
                    if (code is not null && LevelCodes.Shape(code) is { } shape && levelsByShape.TryGetValue(shape, out var byCode)) return Checked(row, byCode, code);
                    Fail(row, mapping.Of(ColumnRole.Code)?.Column ?? mapping.Of(ColumnRole.Name)?.Column,
                        code is null ? $"pozycja „{Shorten(name!)}” nie ma kodu, więc nie wiadomo, na którym jest poziomie. Dopisz kod albo wybierz poziomy według wcięć lub kolumny poziomu."
                            : $"„{Shorten(code)}” nie wygląda na kod poziomu (np. „I.”, „1.”, „1.1”, „A)”). Popraw kod albo wybierz poziomy według wcięć lub kolumny poziomu.");
                    return null;
                case LevelSource.Indentation:
                    return Checked(row, Indent(mapping.Of(ColumnRole.Name) is { } n ? row[n.Column] : "") + 1, code ?? name!);
                default:
                    var cell = mapping.Of(ColumnRole.Level) is { } l ? ValueReader.Fold(row[l.Column]) : "";
                    if (int.TryParse(cell, out var number)) return Checked(row, number, code ?? name!);
                    var named = mapping.LevelNames.ToList().FindIndex(x => x.Equals(cell, StringComparison.OrdinalIgnoreCase));
                    if (named >= 0) return named + 1;
                    Fail(row, mapping.Of(ColumnRole.Level)?.Column, $"„{Shorten(cell)}” nie jest poziomem: wpisz numer poziomu (1–{depth}) albo jego nazwę ({string.Join(", ", Enumerable.Range(1, depth).Select(LevelName))}).");
                    return null;
            }
        }

        private int? Checked(SourceRow row, int level, string item)
        {
            if (level >= 1 && level <= depth) return level;
            Fail(row, null, $"pozycja „{Shorten(item)}” wypada na poziomie {level}, a mapowanie ma {Domain.Language.PolishPlural.Of(depth, "poziom", "poziomy", "poziomów")} ({string.Join(", ", Enumerable.Range(1, depth).Select(LevelName))}). Dodaj nazwę poziomu albo popraw kod.");
            return null;
        }

        /// <summary>Leading spaces of a name, two per level (an Excel indent is read as two spaces).</summary>
        private static int Indent(string raw) => (raw.Length - raw.TrimStart(' ', '\u00A0').Length) / 2;

        private void Item(SourceRow row, StrategyNode node, string? code, string? name, int level)
        {
            var column = mapping.Of(ColumnRole.Code)?.Column ?? mapping.Of(ColumnRole.Name)!.Column;
            Cells.Add(new MappedCell(row.Place, row.Line, Header(column), code ?? name!, null, $"{LevelName(level)} (poziom {level})" + (name is not null && code is not null ? $": {Shorten(name)}" : ""), null));
        }

        private void Details(SourceRow row, StrategyNode node)
        {
            foreach (var column in mapping.Columns)
            {
                var text = ValueReader.Fold(row[column.Column]);
                if (text.Length == 0) continue;
                switch (column.Role)
                {
                    case ColumnRole.Coordinator: node.CoordinatorText = Join(node.CoordinatorText, text); break;
                    case ColumnRole.Implementer: node.ImplementersText = Join(node.ImplementersText, text); break;
                    case ColumnRole.Deadline: node.Deadline ??= Deadline.Parse(text); break;
                    case ColumnRole.Notes: node.Notes.Add(text); break;
                }
            }
        }

        private void Costs(SourceRow row, StrategyNode node)
        {
            var cells = mapping.Columns.Where(c => c.Role == ColumnRole.Cost && row[c.Column].Trim().Length > 0).ToList();
            if (cells.Count == 0) return;
            RecordedValue? total = null, state = null, gmina = null, other = null, extra = null;
            foreach (var column in cells)
            {
                if (Value(row, column) is not { } value) continue;
                var funding = column.Funding ?? Header(column.Column);
                if (IsTotal(funding)) { total ??= value; continue; }
                var source = FundingSource.FromName(funding);
                if (!node.FundingSources.Contains(source)) node.FundingSources.Add(source);
                switch (source.Category)
                {
                    case FundingCategory.State when state is null: state = value; break;
                    case FundingCategory.Gmina when gmina is null: gmina = value; break;
                    case FundingCategory.Other when other is null: other = value; break;
                    default: extra ??= value; break;
                }
            }
            node.Costs.Add(new CostEntry { SourceLine = row.Line, Total = total, State = state, Gmina = gmina, Other = other, Extra = extra });
        }

        private static bool IsTotal(string funding) =>
            funding.Contains("razem", StringComparison.OrdinalIgnoreCase) || funding.Contains("ogółem", StringComparison.OrdinalIgnoreCase)
            || funding.Contains("łącznie", StringComparison.OrdinalIgnoreCase) || funding.Equals("koszt", StringComparison.OrdinalIgnoreCase);

        private Indicator? Indicator(SourceRow row, StrategyNode node, Indicator? indicator)
        {
            var name = mapping.Of(ColumnRole.Indicator) is { } n ? ValueReader.Fold(row[n.Column]) : "";
            var valueColumns = mapping.Columns.Where(c => c.Role is ColumnRole.Year or ColumnRole.Baseline or ColumnRole.Target && row[c.Column].Trim().Length > 0).ToList();
            if (name.Length > 0 || (indicator is null && valueColumns.Count > 0 && mapping.Of(ColumnRole.Indicator) is null))
            {
                // A table with no indicator column is a table of indicators: the item's name names its indicator.
                indicator = new Indicator { Name = name.Length > 0 ? name : node.Title ?? node.Code, SourceLine = row.Line };
                node.Indicators.Add(indicator);
            }
            if (indicator is null)
            {
                if (valueColumns.Count > 0)
                    Fail(row, valueColumns[0].Column, $"wartości bez wskaźnika: w tym wierszu ani nad nim (w pozycji „{Shorten(node.Code ?? node.Title ?? "")}”) nie ma nazwy wskaźnika. Wpisz nazwę wskaźnika albo wskaż jego kolumnę.");
                return null;
            }
            if (mapping.Of(ColumnRole.Unit) is { } u && ValueReader.Fold(row[u.Column]) is { Length: > 0 } unit) indicator.Unit ??= unit;
            foreach (var column in valueColumns)
            {
                if (Value(row, column) is not { } value) continue;
                switch (column.Role)
                {
                    case ColumnRole.Baseline: indicator.Baseline ??= new BaselineValue(value, value.Reading.Year); break;
                    case ColumnRole.Target: indicator.Target ??= new Target(value); break;
                    case ColumnRole.Year when column.Year is { } year:
                        if (indicator.Values.Any(v => v.Period.FromYear == year))
                            Fail(row, column.Column, $"wskaźnik „{Shorten(indicator.Name ?? "")}” ma już wartość za {year} r. z wiersza {indicator.Values.First(v => v.Period.FromYear == year).SourceLine}. Każdy wskaźnik ma jedną wartość w roku.");
                        else indicator.Values.Add(new IndicatorValue(new ReportingPeriod(year), value) { SourceLine = row.Line });
                        break;
                }
            }
            indicator.Direction = DesiredDirections.From(indicator.Baseline, indicator.Target);
            return indicator;
        }

        /// <summary>One value cell read: its value, or why it cannot be read; and the line the preview shows.</summary>
        private sealed record ReadCell(RecordedValue? Value, string? Error, MappedCell? Cell);

        private int rowIndex;
        private ReadCell?[][] values = [];
        private List<ColumnMapping> valueColumns = [];

        /// <summary>Every value cell of the table read before the rows are put together, in parallel: a cell's reading
        /// depends only on its text and its column (a 50 000-row sheet has 300 000 of them), the tree on the order.</summary>
        private void ReadValues()
        {
            valueColumns = mapping.Columns.Where(c => IsValue(c.Role)).ToList();
            values = new ReadCell?[rows.Count][];
            Parallel.For(0, rows.Count, i =>
            {
                var row = rows[i];
                var read = new ReadCell?[valueColumns.Count];
                for (var k = 0; k < valueColumns.Count; k++)
                    if (row[valueColumns[k].Column].Trim().Length > 0) read[k] = ReadValue(row, valueColumns[k]);
                values[i] = read;
            });
        }

        private ReadCell ReadValue(SourceRow row, ColumnMapping column)
        {
            var raw = row[column.Column].Trim();
            var convention = conventions.GetValueOrDefault(column.Column, NumberConvention.Polish);
            var read = ValueReader.Read(NumberConventions.ToPolish(raw, convention), column.Role == ColumnRole.Cost ? ValueContext.Money : ValueContext.General);
            if (!read.IsSuccess)
                return new ReadCell(null, $"komórki „{InputText.Quote(Shorten(raw))}” nie da się odczytać ({read.Error}). Popraw komórkę albo zmień zapis liczb tej kolumny (teraz: {MappingFile.NameOf(convention)}).", null);
            var value = new RecordedValue(raw, read.Reading!);
            return new ReadCell(value, null, new MappedCell(row.Place, row.Line, Header(column.Column), raw, value.Reading, null,
                NumberConventions.Ambiguity(raw, convention) ?? ReadingText.Doubt(value.Reading)));
        }

        /// <summary>A value cell of the current row as read in its column's number convention (the text as printed is what
        /// is kept); its refusal or its preview line recorded in table order.</summary>
        private RecordedValue? Value(SourceRow row, ColumnMapping column)
        {
            var read = values[rowIndex][valueColumns.IndexOf(column)];
            if (read is null) return null;
            if (read.Error is not null) Fail(row, column.Column, read.Error);
            if (read.Cell is not null) Cells.Add(read.Cell);
            return read.Value;
        }

        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> headers = [];

        /// <summary>Each column's header, joined once: every cell of the preview names its column.</summary>
        private string Header(int column) => headers.GetOrAdd(column, c => MappedTableInterpreter.Header(table, mapping.HeaderRows, c));

        private void Fail(SourceRow row, int? column, string why) =>
            Errors.Add(new Error(new SourceLocation(fileName, row.Line, column is { } c ? Header(c) : null, row.Place), MappingProblem,
                $"{char.ToUpperInvariant(row.Place[0])}{row.Place[1..]}{(column is { } col ? $", kolumna „{Header(col)}”" : "")}: {why}"));

        private static bool IsValue(ColumnRole role) => role is ColumnRole.Year or ColumnRole.Baseline or ColumnRole.Target or ColumnRole.Cost;
        private static string Join(string? before, string text) => before is null ? text : before + ", " + text;
        private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
    }
}
