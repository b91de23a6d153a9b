using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Economy.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NameFolded",
                schema: "economy",
                table: "startup_projects");

            migrationBuilder.DropColumn(
                name: "OwnerNameFolded",
                schema: "economy",
                table: "startup_projects");

            migrationBuilder.DropColumn(
                name: "BorrowerNameFolded",
                schema: "economy",
                table: "loans");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "economy",
                table: "supported_households",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "economy",
                table: "supported_entrepreneurs",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "economy",
                table: "startup_projects",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "economy",
                table: "loans",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "economy",
                table: "cooperatives",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "economy",
                table: "supported_households");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "economy",
                table: "supported_entrepreneurs");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "economy",
                table: "startup_projects");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "economy",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "economy",
                table: "cooperatives");

            migrationBuilder.AddColumn<string>(
                name: "NameFolded",
                schema: "economy",
                table: "startup_projects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OwnerNameFolded",
                schema: "economy",
                table: "startup_projects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BorrowerNameFolded",
                schema: "economy",
                table: "loans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }
    }
}
