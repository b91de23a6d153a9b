using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Family.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditTouchedUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TouchedUnitIds",
                schema: "family",
                table: "audit_entries",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TouchedUnitIds",
                schema: "family",
                table: "audit_entries");
        }
    }
}
