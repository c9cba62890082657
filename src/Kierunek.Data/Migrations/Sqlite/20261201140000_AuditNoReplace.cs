using Kierunek.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kierunek.Data.Migrations.Sqlite
{
    /// <summary>Closes SQLite's back door to the append-only audit: <c>REPLACE INTO</c> / <c>INSERT OR REPLACE</c> with
    /// an existing id deletes the old row without firing the delete trigger (SQLite fires it only with
    /// recursive_triggers on). A BEFORE INSERT trigger runs before the conflict is resolved, so it refuses any insert
    /// of an id that is already there, whatever the connection's settings. (PostgreSQL's only equivalent,
    /// <c>INSERT … ON CONFLICT DO UPDATE</c>, fires the update trigger, which already refuses.)</summary>
    [DbContext(typeof(SqliteDb))]
    [Migration("20261201140000_AuditNoReplace")]
    public partial class AuditNoReplace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit WHEN EXISTS (SELECT 1 FROM audit WHERE Id = NEW.Id) BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_no_replace;");
        }
    }
}
