namespace Kierunek.Reports.Model;

/// <summary>A report as a reader sees it, before it becomes Word, Excel, PDF or a web page:
/// headings, paragraphs, tables and charts in order. Every renderer draws the same report.</summary>
public sealed record Report(string Title, string? Subtitle, IReadOnlyList<Section> Sections)
{
    /// <summary>The document the report was made from and when ("Lublin SRPS, raport za 2020 r.").</summary>
    public string? Source { get; init; }

    /// <summary>The day the report was made, printed under its source.</summary>
    /// <summary>The day the file was made, printed under the title; set by whoever makes the file (from its clock),
    /// so building a report never reads the time.</summary>
    public DateOnly? Prepared { get; init; }
}

/// <summary>A heading and what stands under it, subsections included. <see cref="Landscape"/>: the
/// section's tables are too wide for a portrait page.</summary>
public sealed record Section(string Heading, int Level, IReadOnlyList<Block> Blocks) : Block
{
    public bool Landscape { get; init; }
}

public abstract record Block;

public sealed record Paragraph(string Text) : Block;

/// <summary>A bulleted list (conclusions, recommendations).</summary>
public sealed record BulletList(IReadOnlyList<string> Items) : Block;

/// <summary>A table with one or more header rows (repeated on every page) and body rows.</summary>
public sealed record Table(string Caption, IReadOnlyList<IReadOnlyList<HeaderCell>> HeaderRows, IReadOnlyList<Row> Rows) : Block
{
    /// <summary>The width of the first header row, which spans every column.</summary>
    public int ColumnCount => HeaderRows.Count > 0 ? HeaderRows[0].Sum(h => h.ColumnSpan) : Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan));
}

public sealed record HeaderCell(string Text, int ColumnSpan = 1, int RowSpan = 1);

public enum RowKind
{
    Body,
    /// <summary>A heading row inside the table that spans every column ("Cel szczegółowy 1.1 …").</summary>
    Group,
    /// <summary>A total ("razem", "PODSUMOWANIE").</summary>
    Total,
}

public sealed record Row(IReadOnlyList<ReportCell> Cells, RowKind Kind = RowKind.Body);

/// <summary>How a spreadsheet should show a cell's number.</summary>
public enum NumberStyle { None, Integer, Decimal, Money, Percent }

/// <summary>One cell: the text every format shows, and for spreadsheets the number behind it.
/// <see cref="Items"/> render as a list; <see cref="Footnote"/> as a footnote; <see cref="Warning"/>
/// marks a cell a reader must look at (a printed total that differs from the computed one).</summary>
public sealed record ReportCell(string Text)
{
    public decimal? Number { get; init; }
    public NumberStyle Style { get; init; }
    public IReadOnlyList<string> Items { get; init; } = [];
    public string? Footnote { get; init; }
    public string? Warning { get; init; }
    public int ColumnSpan { get; init; } = 1;
    /// <summary>The body rows of the same table (indices into <see cref="Table.Rows"/>) whose numbers in
    /// this cell's column make up <see cref="Number"/>; a spreadsheet writes the total as a formula.</summary>
    public IReadOnlyList<int>? SumOfRows { get; init; }

    public static ReportCell Empty { get; } = new("");
}

/// <summary>A chart for what people would rather look at than read, and — for those who cannot see it —
/// one sentence saying what it shows (<see cref="Description"/>).</summary>
public abstract record Chart(string Title, string Description) : Block;

/// <summary>An indicator's values over the years, its target drawn as a line.</summary>
public sealed record TrendChart(string Title, string Description, string SeriesName, IReadOnlyList<ChartPoint> Points, decimal? Target, NumberStyle Style)
    : Chart(Title, Description);

public sealed record ChartPoint(int Year, decimal Value);

/// <summary>A bar per category, each a stack of parts: the cost of a goal by funding source, a goal's
/// indicators by status.</summary>
public sealed record StackedBarChart(string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Parts, NumberStyle Style)
    : Chart(Title, Description);

/// <summary>One part of every bar; <see cref="Color"/> as #RRGGBB.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values, string Color);
