using Kierunek.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kierunek.Data.Migrations.Sqlite
{
    /// <summary>Every document stored before versions existed becomes its own first version. A migration of its own:
    /// SQLite rebuilds the tables the previous one altered at its end, and SQL must not run while that is pending.</summary>
    [DbContext(typeof(SqliteDb))]
    [Migration("20261201154300_DocumentVersionsBackfill")]
    public partial class DocumentVersionsBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO document_versions ("DocumentKey", "Version", "Title", "SourceFile", "ImportedAt", "ImportedBy", "Changes", "Content")
                SELECT "Key", 1, "Title", "SourceFile", "ImportedAt", "ImportedBy", 'pierwsza wersja', "Content" FROM documents;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM document_versions;");
        }
    }
}
