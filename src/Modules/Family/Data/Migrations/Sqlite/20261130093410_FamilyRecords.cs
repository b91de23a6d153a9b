using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Family.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FamilyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "community_works",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CarriedOutOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_works", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "culture_sports_forms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameFolded = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_culture_sports_forms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disabled_woman_supports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WomanCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SupportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disabled_woman_supports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "family_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TopicFolded = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sponsorships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sponsor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SponsorFolded = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MonthlySupport = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sponsorships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "standard_households",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HouseholdHead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HouseholdHeadFolded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Village = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_standard_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "victim_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Supports = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_victim_cases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_community_works_UnitId_RegisteredOn",
                table: "community_works",
                columns: new[] { "UnitId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_culture_sports_forms_UnitId_NameFolded",
                table: "culture_sports_forms",
                columns: new[] { "UnitId", "NameFolded" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disabled_woman_supports_UnitId_SupportedOn",
                table: "disabled_woman_supports",
                columns: new[] { "UnitId", "SupportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disabled_woman_supports_UnitId_WomanCode",
                table: "disabled_woman_supports",
                columns: new[] { "UnitId", "WomanCode" });

            migrationBuilder.CreateIndex(
                name: "IX_family_activities_UnitId_HeldOn",
                table: "family_activities",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sponsorships_UnitId_StartedOn",
                table: "sponsorships",
                columns: new[] { "UnitId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_standard_households_UnitId_ConfirmedOn",
                table: "standard_households",
                columns: new[] { "UnitId", "ConfirmedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_victim_cases_UnitId_CaseCode",
                table: "victim_cases",
                columns: new[] { "UnitId", "CaseCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_victim_cases_UnitId_FoundOn",
                table: "victim_cases",
                columns: new[] { "UnitId", "FoundOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_works");

            migrationBuilder.DropTable(
                name: "culture_sports_forms");

            migrationBuilder.DropTable(
                name: "disabled_woman_supports");

            migrationBuilder.DropTable(
                name: "family_activities");

            migrationBuilder.DropTable(
                name: "sponsorships");

            migrationBuilder.DropTable(
                name: "standard_households");

            migrationBuilder.DropTable(
                name: "victim_cases");
        }
    }
}
