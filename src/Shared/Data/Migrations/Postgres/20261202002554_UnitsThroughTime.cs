using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Modular.Shared.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitsThroughTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_units_Code",
                schema: "core",
                table: "units");

            migrationBuilder.CreateTable(
                name: "reorganisations",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AppliedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reorganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unit_lineage",
                schema: "core",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PredecessorId = table.Column<int>(type: "integer", nullable: false),
                    SuccessorId = table.Column<int>(type: "integer", nullable: false),
                    Share = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ReorganisationId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_lineage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_lineage_reorganisations_ReorganisationId",
                        column: x => x.ReorganisationId,
                        principalSchema: "core",
                        principalTable: "reorganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_lineage_units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalSchema: "core",
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_lineage_units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalSchema: "core",
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_units_Code_ValidFrom",
                schema: "core",
                table: "units",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reorganisations_Digest",
                schema: "core",
                table: "reorganisations",
                column: "Digest",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_lineage_PredecessorId_SuccessorId",
                schema: "core",
                table: "unit_lineage",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_lineage_ReorganisationId",
                schema: "core",
                table: "unit_lineage",
                column: "ReorganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_lineage_SuccessorId",
                schema: "core",
                table: "unit_lineage",
                column: "SuccessorId");

            // Units closed with a successor before units had lineage keep it as a whole-unit edge.
            migrationBuilder.Sql("""
                INSERT INTO core.unit_lineage ("PredecessorId", "SuccessorId", "Share", "EffectiveFrom") SELECT "Id", "SuccessorId", 'Whole', "ValidTo" + 1 FROM core.units WHERE "SuccessorId" IS NOT NULL AND "ValidTo" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "unit_lineage",
                schema: "core");

            migrationBuilder.DropTable(
                name: "reorganisations",
                schema: "core");

            migrationBuilder.DropIndex(
                name: "IX_units_Code_ValidFrom",
                schema: "core",
                table: "units");

            migrationBuilder.CreateIndex(
                name: "IX_units_Code",
                schema: "core",
                table: "units",
                column: "Code",
                unique: true);
        }
    }
}
