using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modular.Modules.Economy.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cooperatives",
                schema: "economy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Members = table.Column<int>(type: "integer", nullable: false),
                    WomenInManagement = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "loans",
                schema: "economy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    BorrowerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BorrowerNameFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    LoanedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "startup_projects",
                schema: "economy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerNameFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupportedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_startup_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supported_entrepreneurs",
                schema: "economy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FullNameFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: false),
                    BusinessKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Support = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SupportedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supported_entrepreneurs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supported_households",
                schema: "economy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    HeadName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeadNameFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Village = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VillageFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StatusAtStart = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SupportStartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Support = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SupportDetails = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ExitedPovertyOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supported_households", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_FoundedOn",
                schema: "economy",
                table: "cooperatives",
                column: "FoundedOn");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_UnitId_NameFolded",
                schema: "economy",
                table: "cooperatives",
                columns: new[] { "UnitId", "NameFolded" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loans_LoanedOn",
                schema: "economy",
                table: "loans",
                column: "LoanedOn");

            migrationBuilder.CreateIndex(
                name: "IX_loans_UnitId_LoanedOn",
                schema: "economy",
                table: "loans",
                columns: new[] { "UnitId", "LoanedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_startup_projects_SupportedOn",
                schema: "economy",
                table: "startup_projects",
                column: "SupportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_startup_projects_UnitId_SupportedOn",
                schema: "economy",
                table: "startup_projects",
                columns: new[] { "UnitId", "SupportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supported_entrepreneurs_SupportedOn",
                schema: "economy",
                table: "supported_entrepreneurs",
                column: "SupportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_supported_entrepreneurs_UnitId_SupportedOn",
                schema: "economy",
                table: "supported_entrepreneurs",
                columns: new[] { "UnitId", "SupportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supported_households_ExitedPovertyOn",
                schema: "economy",
                table: "supported_households",
                column: "ExitedPovertyOn");

            migrationBuilder.CreateIndex(
                name: "IX_supported_households_UnitId_HeadNameFolded_VillageFolded",
                schema: "economy",
                table: "supported_households",
                columns: new[] { "UnitId", "HeadNameFolded", "VillageFolded" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cooperatives",
                schema: "economy");

            migrationBuilder.DropTable(
                name: "loans",
                schema: "economy");

            migrationBuilder.DropTable(
                name: "startup_projects",
                schema: "economy");

            migrationBuilder.DropTable(
                name: "supported_entrepreneurs",
                schema: "economy");

            migrationBuilder.DropTable(
                name: "supported_households",
                schema: "economy");
        }
    }
}
