using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modular.Modules.PartyBuilding.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "branch_heads",
                schema: "party",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Branch = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Eligible = table.Column<bool>(type: "boolean", nullable: false),
                    TrainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IntroducedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_branch_heads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "congress_women_contents",
                schema: "party",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_congress_women_contents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dialogues",
                schema: "party",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Counterpart = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CounterpartName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Issues = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Commitments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FollowUp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "draft_opinions",
                schema: "party",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Draft = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TakenUp = table.Column<bool>(type: "boolean", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_draft_opinions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programme_proposals",
                schema: "party",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Programme = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Accepted = table.Column<bool>(type: "boolean", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_proposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervisions",
                schema: "party",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Policy = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Recommendations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FollowUp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "women_cadre_activities",
                schema: "party",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_women_cadre_activities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_branch_heads_UnitId_Date",
                schema: "party",
                table: "branch_heads",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_congress_women_contents_UnitId_Date",
                schema: "party",
                table: "congress_women_contents",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_UnitId_Date",
                schema: "party",
                table: "dialogues",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_draft_opinions_UnitId_Date",
                schema: "party",
                table: "draft_opinions",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_programme_proposals_UnitId_Date",
                schema: "party",
                table: "programme_proposals",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_supervisions_UnitId_Date",
                schema: "party",
                table: "supervisions",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_women_cadre_activities_UnitId_Date",
                schema: "party",
                table: "women_cadre_activities",
                columns: new[] { "UnitId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "branch_heads",
                schema: "party");

            migrationBuilder.DropTable(
                name: "congress_women_contents",
                schema: "party");

            migrationBuilder.DropTable(
                name: "dialogues",
                schema: "party");

            migrationBuilder.DropTable(
                name: "draft_opinions",
                schema: "party");

            migrationBuilder.DropTable(
                name: "programme_proposals",
                schema: "party");

            migrationBuilder.DropTable(
                name: "supervisions",
                schema: "party");

            migrationBuilder.DropTable(
                name: "women_cadre_activities",
                schema: "party");
        }
    }
}
