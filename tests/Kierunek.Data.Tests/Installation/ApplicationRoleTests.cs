using Kierunek.Data.Audit;
using Kierunek.Data.Installation;
using Kierunek.Data.Ozps;
using Kierunek.Import;
using Kierunek.Import.Ozps;
using Kierunek.Import.Reading;
using Kierunek.Import.Territory;
using Kierunek.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kierunek.Data.Tests.Installation;

/// <summary>PostgreSQL's application account: after the owner's grant it opens an up-to-date database without a
/// DDL statement, stores and audits (binary COPY included), and is refused UPDATE, DELETE and TRUNCATE on the audit
/// by the server itself, before any trigger; on a database that needs migrating it is told what the owner must run.</summary>
public class ApplicationRoleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_application_account_stores_and_audits_but_cannot_update_delete_or_truncate_the_audit()
    {
        using var role = new TemporaryPostgresRole(); // dropped after the database that holds its grants
        using var database = new TemporaryPostgresDatabase();
        await using (var owner = Database.Open(database.Target))
        {
            var granted = await ApplicationRole.GrantAsync(owner, role.Name, Ct);
            Assert.Equal(("audit", true), (granted.AuditTable, granted.Tables >= 10));
        }

        await using (var app = Database.Open(role.ConnectionTo(database.Name)))
        {
            var seed = OzpsDocumentReader.Read(SourceText.Load(Directory.GetFiles(SeedFolder.Find()!, "003_*.txt").Single()).Value!).Value!;
            Assert.Equal(seed.Values.Count, (await new OzpsStore(app, TercFile.Register, TimeProvider.System).SaveAsync([seed], "import", Ct)).Added);
            Assert.True((await AuditChain.VerifyAsync(app, Ct)).Intact);

            foreach (var sql in new[] { "UPDATE audit SET \"User\" = 'ktoś'", "DELETE FROM audit", "TRUNCATE audit" })
            {
                var refused = await Assert.ThrowsAsync<PostgresException>(() => app.Database.ExecuteSqlRawAsync(sql, Ct));
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            }
            Assert.True(await app.Audit.CountAsync(Ct) > 0);
        }
        NpgsqlConnection.ClearAllPools();
    }

    [Fact]
    public void The_application_account_cannot_migrate_and_is_told_what_the_owner_runs()
    {
        using var role = new TemporaryPostgresRole();
        using var database = new TemporaryPostgresDatabase(); // empty: every migration is pending

        var refused = Assert.Throws<UnusableDatabaseException>(() => Database.Open(role.ConnectionTo(database.Name)));

        Assert.Contains("./kierunek database migrate", refused.Message);
        Assert.Contains(role.Name, refused.Message);
        Assert.DoesNotContain(role.Password, refused.Message);
        NpgsqlConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_grant_to_an_account_that_does_not_exist_says_how_to_create_it()
    {
        using var database = new TemporaryPostgresDatabase();
        await using var owner = Database.Open(database.Target);

        var refused = await Assert.ThrowsAsync<UnusableDatabaseException>(() => ApplicationRole.GrantAsync(owner, "kierunek_test_role_nobody", Ct));

        Assert.Contains("createuser", refused.Message);
    }
}
