using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Economy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameFolded",
                table: "startup_projects");

            migrationBuilder.DropColumn(
                name: "OwnerNameFolded",
                table: "startup_projects");

            migrationBuilder.DropColumn(
                name: "BorrowerNameFolded",
                table: "loans");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "supported_households",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "supported_entrepreneurs",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "startup_projects",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "loans",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "cooperatives",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "supported_households");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "supported_entrepreneurs");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "startup_projects");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "cooperatives");

            migrationBuilder.AddColumn<string>(
                name: "NameFolded",
                table: "startup_projects",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OwnerNameFolded",
                table: "startup_projects",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BorrowerNameFolded",
                table: "loans",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }
    }
}
