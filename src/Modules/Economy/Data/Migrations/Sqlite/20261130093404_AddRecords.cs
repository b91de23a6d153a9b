using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Economy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cooperatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Members = table.Column<int>(type: "INTEGER", nullable: false),
                    WomenInManagement = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "loans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BorrowerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BorrowerNameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    LoanedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "startup_projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerNameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_startup_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supported_entrepreneurs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FullNameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BusinessKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Support = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SupportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supported_entrepreneurs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supported_households",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeadNameFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Village = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VillageFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StatusAtStart = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SupportStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Support = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SupportDetails = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExitedPovertyOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supported_households", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_FoundedOn",
                table: "cooperatives",
                column: "FoundedOn");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_UnitId_NameFolded",
                table: "cooperatives",
                columns: new[] { "UnitId", "NameFolded" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loans_LoanedOn",
                table: "loans",
                column: "LoanedOn");

            migrationBuilder.CreateIndex(
                name: "IX_loans_UnitId_LoanedOn",
                table: "loans",
                columns: new[] { "UnitId", "LoanedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_startup_projects_SupportedOn",
                table: "startup_projects",
                column: "SupportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_startup_projects_UnitId_SupportedOn",
                table: "startup_projects",
                columns: new[] { "UnitId", "SupportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supported_entrepreneurs_SupportedOn",
                table: "supported_entrepreneurs",
                column: "SupportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_supported_entrepreneurs_UnitId_SupportedOn",
                table: "supported_entrepreneurs",
                columns: new[] { "UnitId", "SupportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_supported_households_ExitedPovertyOn",
                table: "supported_households",
                column: "ExitedPovertyOn");

            migrationBuilder.CreateIndex(
                name: "IX_supported_households_UnitId_HeadNameFolded_VillageFolded",
                table: "supported_households",
                columns: new[] { "UnitId", "HeadNameFolded", "VillageFolded" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cooperatives");

            migrationBuilder.DropTable(
                name: "loans");

            migrationBuilder.DropTable(
                name: "startup_projects");

            migrationBuilder.DropTable(
                name: "supported_entrepreneurs");

            migrationBuilder.DropTable(
                name: "supported_households");
        }
    }
}
