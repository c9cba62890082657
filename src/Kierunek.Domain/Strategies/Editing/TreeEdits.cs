using Kierunek.Domain.Input;
using Kierunek.Domain.Results;

namespace Kierunek.Domain.Strategies.Editing;

/// <summary>Changes of a strategy's tree: add, rename, renumber, move, archive and delete items. Each works on the draft
/// document in place and returns what it did in words (for the audit and the version's list of changes) or the
/// reason it was refused, with the form field. An item is found by its identity (<see cref="NodeIdentity"/>).</summary>
public static class TreeEdits
{
    public const int CodeLength = 30;

    /// <summary>The levels of a document made elsewhere, read from its items: each depth's most frequent level name,
    /// numbered as its first code is (I → Roman, a → letters, else Arabic).</summary>
    public static List<TreeLevel> LevelsOf(StrategyDocument document)
    {
        var levels = new List<TreeLevel>();
        var layer = document.Roots.ToList();
        while (layer.Count > 0 && levels.Count < LevelKinds.MaxDepth)
        {
            var name = layer.GroupBy(n => n.LevelName).OrderByDescending(g => g.Count()).First().Key;
            var last = layer.Select(n => n.Code).FirstOrDefault(c => c is { Length: > 0 })?.Split('.')[^1] ?? "1";
            var numbering = last.All(c => "IVXLCDM".Contains(c)) ? LevelNumbering.Roman : last.All(char.IsAsciiLetterLower) ? LevelNumbering.Letter : LevelNumbering.Arabic;
            levels.Add(new TreeLevel(name, numbering));
            layer = layer.SelectMany(n => n.Children).ToList();
        }
        return levels;
    }

    /// <summary>Adds an item at the end of <paramref name="parentId"/>'s children (or as a last root), one level below
    /// it, numbered next in the pattern unless <paramref name="code"/> is given.</summary>
    public static Result<string> Add(StrategyDocument document, string? parentId, string? title, string? code)
    {
        var levels = document.Levels ??= LevelsOf(document);
        StrategyNode? parent = null;
        if (parentId is { Length: > 0 } && (parent = NodeIdentity.Node(document, parentId)) is null) return Missing("rodzic");
        var level = parent is null ? 1 : NodeIdentity.LevelOf(document, parent) + 1;
        if (level > levels.Count)
            return Error.Of(EditErrors.WrongLevel, $"{Said(parent)} jest na ostatnim poziomie strategii ({levels[^1].Name}) — nie może mieć pozycji niższego poziomu. Dodaj pozycję do poziomu wyżej albo dodaj poziom strategii.", "rodzic");
        if (CheckTitle(title, code) is { } bad) return bad;
        var siblings = parent?.Children ?? document.Roots;
        var sameLevel = document.AllNodes().FirstOrDefault(n => NodeIdentity.LevelOf(document, n) == level);
        var node = new StrategyNode
        {
            Id = NodeIdentity.Next(document),
            Kind = sameLevel?.Kind ?? LevelKinds.Of(level, levels.Count),
            LevelName = levels[level - 1].Name,
            Code = Empty(code) ?? TreeNumbering.Code(parent?.Code, levels[level - 1].Numbering, siblings.Count(s => !s.Archived) + 1),
            Title = title!.Trim(),
        };
        siblings.Add(node);
        return Done($"dodano {Said(node)}" + (parent is null ? "" : $" w {Said(parent)}"));
    }

    /// <summary>A new title and code (an empty code leaves the item without one).</summary>
    public static Result<string> Rename(StrategyDocument document, string id, string? title, string? code)
    {
        if (NodeIdentity.Node(document, id) is not { } node) return Missing("pozycja");
        if (CheckTitle(title, code) is { } bad) return bad;
        var before = Said(node);
        node.Title = title!.Trim();
        node.Code = Empty(code);
        return Done($"zmieniono {before} → {Said(node)}");
    }

    /// <summary>Gives every item that is not archived the code its place and level's numbering make ("I.2.3").</summary>
    public static Result<string> Renumber(StrategyDocument document)
    {
        var levels = document.Levels ??= LevelsOf(document);
        var changed = 0;
        void Walk(IEnumerable<StrategyNode> nodes, string? parentCode, int level)
        {
            var ordinal = 0;
            foreach (var node in nodes)
            {
                if (!node.Archived && level <= levels.Count)
                {
                    var code = TreeNumbering.Code(parentCode, levels[level - 1].Numbering, ++ordinal);
                    if (node.Code != code) changed++;
                    node.Code = code;
                }
                Walk(node.Children, node.Code, level + 1);
            }
        }
        Walk(document.Roots, null, 1);
        return Done($"ponumerowano pozycje według wzoru {TreeNumbering.Pattern(levels)} (zmienione kody: {changed})");
    }

    /// <summary>Moves an item under another parent of the same level as its own (an action to another task), at the end
    /// of its children; or one place up or down among its siblings (<paramref name="shift"/> −1 or +1).</summary>
    public static Result<string> Move(StrategyDocument document, string id, string? newParentId, int shift = 0)
    {
        if (NodeIdentity.Node(document, id) is not { } node) return Missing("pozycja");
        var parent = NodeIdentity.ParentOf(document, node);
        var siblings = parent?.Children ?? document.Roots;
        if (shift != 0)
        {
            var index = siblings.IndexOf(node);
            var target = Math.Clamp(index + Math.Sign(shift), 0, siblings.Count - 1);
            if (target == index) return Done($"{Said(node)} zostaje na miejscu (jest {(shift < 0 ? "pierwsza" : "ostatnia")})");
            siblings.RemoveAt(index);
            siblings.Insert(target, node);
            return Done($"przesunięto {Said(node)} {(shift < 0 ? "w górę" : "w dół")}");
        }
        var level = NodeIdentity.LevelOf(document, node);
        StrategyNode? newParent = null;
        if (newParentId is { Length: > 0 } && (newParent = NodeIdentity.Node(document, newParentId)) is null) return Missing("cel");
        if ((newParent is null ? 1 : NodeIdentity.LevelOf(document, newParent) + 1) != level)
            return Error.Of(EditErrors.WrongLevel, $"{Said(node)} może trafić tylko pod pozycję poziomu o jeden wyższego — przeniesienie nie zmienia poziomu pozycji.", "cel");
        if (ReferenceEquals(newParent, parent)) return Done($"{Said(node)} już jest w tym miejscu");
        siblings.Remove(node);
        (newParent?.Children ?? document.Roots).Add(node);
        return Done($"przeniesiono {Said(node)} do {(newParent is null ? "najwyższego poziomu" : Said(newParent))}");
    }

    /// <summary>Takes an item out of the strategy (or back): it stays, with its values and monitoring, marked archived.</summary>
    public static Result<string> Archive(StrategyDocument document, string id, bool archived)
    {
        if (NodeIdentity.Node(document, id) is not { } node) return Missing("pozycja");
        foreach (var n in node.SelfAndDescendants()) n.Archived = archived;
        return Done(archived ? $"zarchiwizowano {Said(node)}" : $"przywrócono {Said(node)}");
    }

    /// <summary>Deletes an item that holds nothing: no indicator values and no monitoring (<paramref name="monitored"/>
    /// says which items monitoring has values on). Any other item is archived instead.</summary>
    public static Result<string> Delete(StrategyDocument document, string id, IReadOnlySet<string> monitored)
    {
        if (NodeIdentity.Node(document, id) is not { } node) return Missing("pozycja");
        var subtree = node.SelfAndDescendants().ToList();
        if (subtree.Any(n => n.Indicators.Any(i => i.Values.Count > 0) || (n.Id is not null && monitored.Contains(n.Id))))
            return Error.Of(EditErrors.HasValues, $"{Said(node)} ma wartości wskaźników albo dane z monitoringu — takiej pozycji się nie usuwa. Można ją zarchiwizować: zniknie z planu, a dane zostaną.", "pozycja");
        (NodeIdentity.ParentOf(document, node)?.Children ?? document.Roots).Remove(node);
        return Done($"usunięto {Said(node)}" + (subtree.Count > 1 ? $" wraz z pozycjami niższego poziomu ({subtree.Count - 1})" : ""));
    }

    private static Error? CheckTitle(string? title, string? code)
    {
        if (string.IsNullOrWhiteSpace(title)) return Error.Of(EditErrors.Invalid, "Wpisz nazwę pozycji.", "tytul");
        return InputText.Check(title.Trim(), "Nazwa", InputText.TitleLength, "tytul") ?? InputText.Check(code?.Trim(), "Kod", CodeLength, "kod");
    }

    /// <summary>"Działanie I.1.a „Asystenci rodziny”" — an item as the list of changes names it.</summary>
    public static string Said(StrategyNode? node) => node?.Quoted(80) ?? "";

    internal static Result<string> Done(string what) => Result<string>.Ok(what);

    internal static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().TrimEnd('.');

    internal static Error Missing(string field) =>
        Error.Of(EditErrors.NotFound, "Tej pozycji nie ma już w strategii — ktoś mógł ją usunąć. Odśwież stronę edytora.", field);
}
