using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Family.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HouseholdHeadFolded",
                schema: "family",
                table: "standard_households");

            migrationBuilder.DropColumn(
                name: "SponsorFolded",
                schema: "family",
                table: "sponsorships");

            migrationBuilder.DropColumn(
                name: "TopicFolded",
                schema: "family",
                table: "family_activities");

            migrationBuilder.DropColumn(
                name: "NameFolded",
                schema: "family",
                table: "community_works");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "family",
                table: "victim_cases",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "family",
                table: "standard_households",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "family",
                table: "sponsorships",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "family",
                table: "family_activities",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "family",
                table: "disabled_woman_supports",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "family",
                table: "culture_sports_forms",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "family",
                table: "community_works",
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
                schema: "family",
                table: "victim_cases");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "family",
                table: "standard_households");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "family",
                table: "sponsorships");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "family",
                table: "family_activities");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "family",
                table: "disabled_woman_supports");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "family",
                table: "culture_sports_forms");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "family",
                table: "community_works");

            migrationBuilder.AddColumn<string>(
                name: "HouseholdHeadFolded",
                schema: "family",
                table: "standard_households",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SponsorFolded",
                schema: "family",
                table: "sponsorships",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TopicFolded",
                schema: "family",
                table: "family_activities",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameFolded",
                schema: "family",
                table: "community_works",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }
    }
}
