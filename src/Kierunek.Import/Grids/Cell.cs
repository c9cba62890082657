namespace Kierunek.Import.Grids;

/// <summary>One table cell: <see cref="Raw"/> exactly as in the source (HTML included),
/// <see cref="Text"/> as plain text with one line per paragraph, and the list items it holds.</summary>
public sealed record Cell(string Raw, string Text, IReadOnlyList<string> Items)
{
    public static Cell Empty { get; } = new("", "", []);
    public bool IsEmpty => Text.Length == 0;

    /// <summary>The text on one line, white space folded (computed once: the aligner asks for it often).</summary>
    public string Flat { get; } = Domain.Values.ValueReader.Fold(Text);

    public override string ToString() => Flat;
}
