using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kierunek.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    TableCode = table.Column<string>(type: "TEXT", nullable: false),
                    RowCode = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Forecast = table.Column<bool>(type: "INTEGER", nullable: false),
                    Raw = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", nullable: true),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: true)
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
