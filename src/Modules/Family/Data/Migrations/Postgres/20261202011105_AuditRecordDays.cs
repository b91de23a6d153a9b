using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Family.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditRecordDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordFrom",
                schema: "family",
                table: "audit_entries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordTo",
                schema: "family",
                table: "audit_entries",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordFrom",
                schema: "family",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "RecordTo",
                schema: "family",
                table: "audit_entries");
        }
    }
}
