using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Shared.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReportingPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_periods_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "period_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModuleKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FirstSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_period_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_period_reports_reporting_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "reporting_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_period_reports_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "period_report_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModuleKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_period_report_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_period_report_steps_period_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "period_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_period_report_steps_ReportId",
                table: "period_report_steps",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_period_reports_PeriodId_UnitId_ModuleKey",
                table: "period_reports",
                columns: new[] { "PeriodId", "UnitId", "ModuleKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_period_reports_UnitId_ModuleKey",
                table: "period_reports",
                columns: new[] { "UnitId", "ModuleKey" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_periods_PlanId_Code",
                table: "reporting_periods",
                columns: new[] { "PlanId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "period_report_steps");

            migrationBuilder.DropTable(
                name: "period_reports");

            migrationBuilder.DropTable(
                name: "reporting_periods");
        }
    }
}
