namespace Kierunek.Data.Accounts;

/// <summary>A one-time code that lets the named person create an administrator account on the setup page — the way
/// in to an installation that has no administrator yet (<c>./kierunek users add-admin</c>). Only the code's SHA-256
/// is stored; the code itself is shown once, in the link the command prints.</summary>
public sealed class SetupCodeRow
{
    public int Id { get; set; }
    public required string Email { get; set; }
    public required string CodeHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
