using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.PartyBuilding.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditRecordDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordFrom",
                schema: "party",
                table: "audit_entries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordTo",
                schema: "party",
                table: "audit_entries",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordFrom",
                schema: "party",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "RecordTo",
                schema: "party",
                table: "audit_entries");
        }
    }
}
