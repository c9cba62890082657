using Kierunek.TestSupport;

namespace Kierunek.Data.Tests;

/// <summary>The two databases every storage test runs against: a fresh SQLite file, and a fresh
/// PostgreSQL database on the server named by KIERUNEK_TEST_POSTGRES (started by ./test and .ci/run).
/// In CI a missing server is a failure, not a skip. Tests dispose what they get, which deletes the file
/// or drops the database.</summary>
public static class Databases
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    public static ITemporaryDatabase Fresh(string provider) =>
        provider == "sqlite" ? new TemporarySqliteDatabase() : new TemporaryPostgresDatabase();
}
