using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Organisation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditRecordDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordFrom",
                table: "audit_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordTo",
                table: "audit_entries",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecordFrom",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "RecordTo",
                table: "audit_entries");
        }
    }
}
