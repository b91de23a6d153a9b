using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.PartyBuilding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditTouchedUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TouchedUnitIds",
                table: "audit_entries",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TouchedUnitIds",
                table: "audit_entries");
        }
    }
}
