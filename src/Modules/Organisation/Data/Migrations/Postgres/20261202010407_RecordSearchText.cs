using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Organisation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "website_cases",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "union_models",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "networked_computers",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "joint_activities",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "digital_trainings",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "communication_materials",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "communication_activities",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "cadres",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "branch_heads",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "organisation",
                table: "activity_types",
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
                schema: "organisation",
                table: "website_cases");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "union_models");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "networked_computers");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "joint_activities");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "digital_trainings");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "communication_materials");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "communication_activities");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "cadres");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "branch_heads");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "organisation",
                table: "activity_types");
        }
    }
}
