using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Modules.Family.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HouseholdHeadFolded",
                table: "standard_households");

            migrationBuilder.DropColumn(
                name: "SponsorFolded",
                table: "sponsorships");

            migrationBuilder.DropColumn(
                name: "TopicFolded",
                table: "family_activities");

            migrationBuilder.DropColumn(
                name: "NameFolded",
                table: "community_works");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "victim_cases",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "standard_households",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "sponsorships",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "family_activities",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "disabled_woman_supports",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "culture_sports_forms",
                type: "TEXT",
                maxLength: 5000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "community_works",
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
                table: "victim_cases");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "standard_households");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "sponsorships");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "family_activities");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "disabled_woman_supports");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "culture_sports_forms");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "community_works");

            migrationBuilder.AddColumn<string>(
                name: "HouseholdHeadFolded",
                table: "standard_households",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SponsorFolded",
                table: "sponsorships",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TopicFolded",
                table: "family_activities",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameFolded",
                table: "community_works",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }
    }
}
