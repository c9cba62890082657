namespace Kierunek.Domain.Strategies.Editing;

/// <summary>Every refusal of the strategy editor, by its stable code.</summary>
public static class EditErrors
{
    /// <summary>A field is missing or does not read (a year that is not a year, a level without a name).</summary>
    public const string Invalid = "edit.invalid";
    /// <summary>The item, indicator or institution named is not in the strategy (any more).</summary>
    public const string NotFound = "edit.not-found";
    /// <summary>An item would go below the last level, or a move would change an item's level.</summary>
    public const string WrongLevel = "edit.wrong-level";
    /// <summary>An item or indicator that has values (in the document or in monitoring) is archived, never deleted.</summary>
    public const string HasValues = "edit.has-values";
    /// <summary>Somebody else saved a change of the same strategy since this form was opened.</summary>
    public const string Stale = "edit.stale";
    /// <summary>The draft changes nothing, or its strategy got a new version since the draft began.</summary>
    public const string NothingToSave = "edit.nothing-to-save";
}
