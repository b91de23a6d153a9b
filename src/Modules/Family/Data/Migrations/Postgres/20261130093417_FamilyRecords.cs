using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modular.Modules.Family.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FamilyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "community_works",
                schema: "family",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    NameFolded = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CarriedOutOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_works", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "culture_sports_forms",
                schema: "family",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameFolded = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_culture_sports_forms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disabled_woman_supports",
                schema: "family",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WomanCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SupportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disabled_woman_supports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "family_activities",
                schema: "family",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Programme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TopicFolded = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sponsorships",
                schema: "family",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Sponsor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SponsorFolded = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MonthlySupport = table.Column<long>(type: "bigint", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sponsorships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "standard_households",
                schema: "family",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Standard = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    HouseholdHead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HouseholdHeadFolded = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Village = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_standard_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "victim_cases",
                schema: "family",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Supports = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_victim_cases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_community_works_UnitId_RegisteredOn",
                schema: "family",
                table: "community_works",
                columns: new[] { "UnitId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_culture_sports_forms_UnitId_NameFolded",
                schema: "family",
                table: "culture_sports_forms",
                columns: new[] { "UnitId", "NameFolded" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disabled_woman_supports_UnitId_SupportedOn",
                schema: "family",
                table: "disabled_woman_supports",
                columns: new[] { "UnitId", "SupportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disabled_woman_supports_UnitId_WomanCode",
                schema: "family",
                table: "disabled_woman_supports",
                columns: new[] { "UnitId", "WomanCode" });

            migrationBuilder.CreateIndex(
                name: "IX_family_activities_UnitId_HeldOn",
                schema: "family",
                table: "family_activities",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sponsorships_UnitId_StartedOn",
                schema: "family",
                table: "sponsorships",
                columns: new[] { "UnitId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_standard_households_UnitId_ConfirmedOn",
                schema: "family",
                table: "standard_households",
                columns: new[] { "UnitId", "ConfirmedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_victim_cases_UnitId_CaseCode",
                schema: "family",
                table: "victim_cases",
                columns: new[] { "UnitId", "CaseCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_victim_cases_UnitId_FoundOn",
                schema: "family",
                table: "victim_cases",
                columns: new[] { "UnitId", "FoundOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_works",
                schema: "family");

            migrationBuilder.DropTable(
                name: "culture_sports_forms",
                schema: "family");

            migrationBuilder.DropTable(
                name: "disabled_woman_supports",
                schema: "family");

            migrationBuilder.DropTable(
                name: "family_activities",
                schema: "family");

            migrationBuilder.DropTable(
                name: "sponsorships",
                schema: "family");

            migrationBuilder.DropTable(
                name: "standard_households",
                schema: "family");

            migrationBuilder.DropTable(
                name: "victim_cases",
                schema: "family");
        }
    }
}
