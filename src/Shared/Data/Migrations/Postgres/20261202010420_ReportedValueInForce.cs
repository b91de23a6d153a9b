using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Shared.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportedValueInForce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Values reported at the same instant before this index could both be in force: the newest stays, the others become corrections it superseded.
            migrationBuilder.Sql("""
                UPDATE core.reported_values AS r SET "SupersededAt" = (
                    SELECT MIN(n."RecordedAt") FROM core.reported_values AS n
                    WHERE n."IndicatorKey" = r."IndicatorKey" AND n."UnitId" = r."UnitId" AND n."PeriodStart" = r."PeriodStart"
                      AND n."PeriodEnd" = r."PeriodEnd" AND n."SupersededAt" IS NULL AND n."Id" > r."Id")
                WHERE r."SupersededAt" IS NULL AND EXISTS (
                    SELECT 1 FROM core.reported_values AS n
                    WHERE n."IndicatorKey" = r."IndicatorKey" AND n."UnitId" = r."UnitId" AND n."PeriodStart" = r."PeriodStart"
                      AND n."PeriodEnd" = r."PeriodEnd" AND n."SupersededAt" IS NULL AND n."Id" > r."Id");
                """);
            migrationBuilder.CreateIndex(
                name: "IX_reported_values_in_force",
                schema: "core",
                table: "reported_values",
                columns: new[] { "IndicatorKey", "UnitId", "PeriodStart", "PeriodEnd" },
                unique: true,
                filter: "\"SupersededAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reported_values_in_force",
                schema: "core",
                table: "reported_values");
        }
    }
}
