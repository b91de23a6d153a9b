using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modular.Modules.Organisation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemberRegisterAndRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activity_types",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "branch_heads",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Branch = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TrainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_branch_heads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cadres",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Position = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ProficientInSoftware = table.Column<bool>(type: "boolean", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cadres", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communication_activities",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OnDigitalPlatform = table.Column<bool>(type: "boolean", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communication_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "communication_materials",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Digitised = table.Column<bool>(type: "boolean", nullable: false),
                    PostedOnline = table.Column<bool>(type: "boolean", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communication_materials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "digital_trainings",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    EthnicMinorityParticipants = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digital_trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "joint_activities",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Partners = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    FoldedName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: false),
                    Ethnicity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Religion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Branch = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    JoinedUnitId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "networked_computers",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    InstalledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_networked_computers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "union_models",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Participants = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_union_models", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "website_cases",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_website_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "membership_periods",
                schema: "organisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    StartReason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EndReason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_periods_members_MemberId",
                        column: x => x.MemberId,
                        principalSchema: "organisation",
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activity_types_UnitId",
                schema: "organisation",
                table: "activity_types",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_branch_heads_UnitId",
                schema: "organisation",
                table: "branch_heads",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_cadres_UnitId",
                schema: "organisation",
                table: "cadres",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_communication_activities_UnitId",
                schema: "organisation",
                table: "communication_activities",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_communication_materials_UnitId",
                schema: "organisation",
                table: "communication_materials",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_digital_trainings_UnitId",
                schema: "organisation",
                table: "digital_trainings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_joint_activities_UnitId",
                schema: "organisation",
                table: "joint_activities",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_members_FoldedName",
                schema: "organisation",
                table: "members",
                column: "FoldedName");

            migrationBuilder.CreateIndex(
                name: "IX_members_JoinedUnitId_JoinedOn",
                schema: "organisation",
                table: "members",
                columns: new[] { "JoinedUnitId", "JoinedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_members_UnitId_FoldedName_BirthYear",
                schema: "organisation",
                table: "members",
                columns: new[] { "UnitId", "FoldedName", "BirthYear" },
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_membership_periods_MemberId",
                schema: "organisation",
                table: "membership_periods",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_membership_periods_UnitId_From",
                schema: "organisation",
                table: "membership_periods",
                columns: new[] { "UnitId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_networked_computers_UnitId",
                schema: "organisation",
                table: "networked_computers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_union_models_UnitId",
                schema: "organisation",
                table: "union_models",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_website_cases_UnitId",
                schema: "organisation",
                table: "website_cases",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_types",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "branch_heads",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "cadres",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "communication_activities",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "communication_materials",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "digital_trainings",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "joint_activities",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "membership_periods",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "networked_computers",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "union_models",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "website_cases",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "members",
                schema: "organisation");
        }
    }
}
