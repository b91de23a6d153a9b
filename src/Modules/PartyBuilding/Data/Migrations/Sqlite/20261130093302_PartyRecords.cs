using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.PartyBuilding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartyRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "branch_heads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    TrainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IntroducedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_branch_heads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "congress_women_contents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Document = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_congress_women_contents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dialogues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Counterpart = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CounterpartName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Issues = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Commitments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dialogues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "draft_opinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Draft = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TakenUp = table.Column<bool>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_draft_opinions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programme_proposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_proposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "supervisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Policy = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Recommendations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "women_cadre_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_women_cadre_activities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_branch_heads_UnitId_Date",
                table: "branch_heads",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_congress_women_contents_UnitId_Date",
                table: "congress_women_contents",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_dialogues_UnitId_Date",
                table: "dialogues",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_draft_opinions_UnitId_Date",
                table: "draft_opinions",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_programme_proposals_UnitId_Date",
                table: "programme_proposals",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_supervisions_UnitId_Date",
                table: "supervisions",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_women_cadre_activities_UnitId_Date",
                table: "women_cadre_activities",
                columns: new[] { "UnitId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "branch_heads");

            migrationBuilder.DropTable(
                name: "congress_women_contents");

            migrationBuilder.DropTable(
                name: "dialogues");

            migrationBuilder.DropTable(
                name: "draft_opinions");

            migrationBuilder.DropTable(
                name: "programme_proposals");

            migrationBuilder.DropTable(
                name: "supervisions");

            migrationBuilder.DropTable(
                name: "women_cadre_activities");
        }
    }
}
