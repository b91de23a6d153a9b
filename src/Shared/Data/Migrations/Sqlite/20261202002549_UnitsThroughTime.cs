using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Shared.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitsThroughTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_units_Code",
                table: "units");

            migrationBuilder.CreateTable(
                name: "reorganisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reorganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unit_lineage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReorganisationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_lineage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_lineage_reorganisations_ReorganisationId",
                        column: x => x.ReorganisationId,
                        principalTable: "reorganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_lineage_units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_lineage_units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_units_Code_ValidFrom",
                table: "units",
                columns: new[] { "Code", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reorganisations_Digest",
                table: "reorganisations",
                column: "Digest",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_lineage_PredecessorId_SuccessorId",
                table: "unit_lineage",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_lineage_ReorganisationId",
                table: "unit_lineage",
                column: "ReorganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_unit_lineage_SuccessorId",
                table: "unit_lineage",
                column: "SuccessorId");

            // Units closed with a successor before units had lineage keep it as a whole-unit edge.
            migrationBuilder.Sql("""
                INSERT INTO unit_lineage ("PredecessorId", "SuccessorId", "Share", "EffectiveFrom") SELECT "Id", "SuccessorId", 'Whole', date("ValidTo", '+1 day') FROM units WHERE "SuccessorId" IS NOT NULL AND "ValidTo" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "unit_lineage");

            migrationBuilder.DropTable(
                name: "reorganisations");

            migrationBuilder.DropIndex(
                name: "IX_units_Code_ValidFrom",
                table: "units");

            migrationBuilder.CreateIndex(
                name: "IX_units_Code",
                table: "units",
                column: "Code",
                unique: true);
        }
    }
}
