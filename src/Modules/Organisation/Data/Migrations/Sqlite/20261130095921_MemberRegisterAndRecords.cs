using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Organisation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MemberRegisterAndRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_types",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "branch_heads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_branch_heads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cadres",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ProficientInSoftware = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadres", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communication_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OnDigitalPlatform = table.Column<bool>(type: "INTEGER", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communication_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communication_materials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Digitised = table.Column<bool>(type: "INTEGER", nullable: false),
                    PostedOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communication_materials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "digital_trainings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    EthnicMinorityParticipants = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digital_trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "joint_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    FoldedName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Religion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JoinedUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "networked_computers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    InstalledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_networked_computers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "union_models",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_union_models", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "website_cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HandledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_website_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "membership_periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_periods_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_types_UnitId",
                table: "activity_types",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_branch_heads_UnitId",
                table: "branch_heads",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_cadres_UnitId",
                table: "cadres",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_communication_activities_UnitId",
                table: "communication_activities",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_communication_materials_UnitId",
                table: "communication_materials",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_digital_trainings_UnitId",
                table: "digital_trainings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_joint_activities_UnitId",
                table: "joint_activities",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_members_FoldedName",
                table: "members",
                column: "FoldedName");

            migrationBuilder.CreateIndex(
                name: "IX_members_JoinedUnitId_JoinedOn",
                table: "members",
                columns: new[] { "JoinedUnitId", "JoinedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_members_UnitId_FoldedName_BirthYear",
                table: "members",
                columns: new[] { "UnitId", "FoldedName", "BirthYear" },
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_membership_periods_MemberId",
                table: "membership_periods",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_membership_periods_UnitId_From",
                table: "membership_periods",
                columns: new[] { "UnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_networked_computers_UnitId",
                table: "networked_computers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_union_models_UnitId",
                table: "union_models",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_website_cases_UnitId",
                table: "website_cases",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_types");

            migrationBuilder.DropTable(
                name: "branch_heads");

            migrationBuilder.DropTable(
                name: "cadres");

            migrationBuilder.DropTable(
                name: "communication_activities");

            migrationBuilder.DropTable(
                name: "communication_materials");

            migrationBuilder.DropTable(
                name: "digital_trainings");

            migrationBuilder.DropTable(
                name: "joint_activities");

            migrationBuilder.DropTable(
                name: "membership_periods");

            migrationBuilder.DropTable(
                name: "networked_computers");

            migrationBuilder.DropTable(
                name: "union_models");

            migrationBuilder.DropTable(
                name: "website_cases");

            migrationBuilder.DropTable(
                name: "members");
        }
    }
}
