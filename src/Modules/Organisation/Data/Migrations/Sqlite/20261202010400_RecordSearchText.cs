using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Organisation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "website_cases",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "union_models",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "networked_computers",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "joint_activities",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "digital_trainings",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "communication_materials",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "communication_activities",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "cadres",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "branch_heads",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "activity_types",
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
                table: "website_cases");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "union_models");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "networked_computers");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "joint_activities");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "digital_trainings");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "communication_materials");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "communication_activities");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "cadres");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "branch_heads");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "activity_types");
        }
    }
}
