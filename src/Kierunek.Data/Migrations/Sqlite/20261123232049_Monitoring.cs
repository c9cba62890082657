using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kierunek.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "audit",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentKey = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LockedBy = table.Column<string>(type: "TEXT", nullable: true),
                    LockedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    NodePosition = table.Column<int>(type: "INTEGER", nullable: false),
                    InstitutionKey = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assignments_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Raw = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: true),
                    Number = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_entries_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_Entity_EntityKey",
                table: "audit",
                columns: new[] { "Entity", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_InstitutionKey",
                table: "assignments",
                column: "InstitutionKey");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_PeriodId_NodePosition",
                table: "assignments",
                columns: new[] { "PeriodId", "NodePosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_entries_AssignmentId_IndicatorIndex",
                table: "entries",
                columns: new[] { "AssignmentId", "IndicatorIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_periods_DocumentKey_Year",
                table: "periods",
                columns: new[] { "DocumentKey", "Year" },
                unique: true);

            // The audit is append-only: no UPDATE or DELETE, whoever connects.
            migrationBuilder.Sql("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_no_update;");
            migrationBuilder.Sql("DROP TRIGGER audit_no_delete;");

            migrationBuilder.DropTable(
                name: "entries");

            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "periods");

            migrationBuilder.DropIndex(
                name: "IX_audit_Entity_EntityKey",
                table: "audit");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "audit");
        }
    }
}
