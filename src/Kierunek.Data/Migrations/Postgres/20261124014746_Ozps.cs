using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kierunek.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Ozps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ozps_values",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    TableCode = table.Column<string>(type: "text", nullable: false),
                    RowCode = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Forecast = table.Column<bool>(type: "boolean", nullable: false),
                    Raw = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Number = table.Column<decimal>(type: "numeric(20,6)", precision: 20, scale: 6, nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    Synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    SourceFile = table.Column<string>(type: "text", nullable: true),
                    SourceLine = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ozps_values", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ozps_values_UnitCode_TableCode_RowCode_Year_Forecast",
                table: "ozps_values",
                columns: new[] { "UnitCode", "TableCode", "RowCode", "Year", "Forecast" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ozps_values");
        }
    }
}
