using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kierunek.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OzpsRecommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ozps_recommendations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitCode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ozps_recommendations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ozps_recommendation_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecommendationId = table.Column<long>(type: "bigint", nullable: false),
                    DocumentKey = table.Column<string>(type: "text", nullable: false),
                    NodeId = table.Column<string>(type: "text", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ozps_recommendation_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ozps_recommendation_links_ozps_recommendations_Recommendati~",
                        column: x => x.RecommendationId,
                        principalTable: "ozps_recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ozps_recommendation_links_DocumentKey_NodeId",
                table: "ozps_recommendation_links",
                columns: new[] { "DocumentKey", "NodeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ozps_recommendation_links_RecommendationId_DocumentKey_Node~",
                table: "ozps_recommendation_links",
                columns: new[] { "RecommendationId", "DocumentKey", "NodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ozps_recommendations_UnitCode_Year",
                table: "ozps_recommendations",
                columns: new[] { "UnitCode", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ozps_recommendation_links");

            migrationBuilder.DropTable(
                name: "ozps_recommendations");
        }
    }
}
