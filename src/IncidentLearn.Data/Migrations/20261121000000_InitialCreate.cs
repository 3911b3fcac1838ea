using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IncidentLearn.Data.Migrations;

/// <summary>
/// Written by hand (Microsoft.EntityFrameworkCore.Design is not in the feed). Column types are left to
/// the provider so the same migration serves SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(IncidentLearnDbContext))]
[Migration("20261121000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Incidents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(nullable: false),
                Date = table.Column<DateOnly>(nullable: true),
                Severity = table.Column<string>(nullable: true),
                Status = table.Column<string>(nullable: false),
                Summary = table.Column<string>(nullable: true),
                Document = table.Column<string>(nullable: false),
                Version = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Incidents", x => x.Id));

        CreateValueTable(migrationBuilder, "IncidentTags");
        CreateValueTable(migrationBuilder, "IncidentServices");

        migrationBuilder.CreateIndex(name: "IX_Incidents_Date", table: "Incidents", column: "Date");
        migrationBuilder.CreateIndex(name: "IX_Incidents_Severity", table: "Incidents", column: "Severity");
        migrationBuilder.CreateIndex(name: "IX_Incidents_Status", table: "Incidents", column: "Status");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "IncidentTags");
        migrationBuilder.DropTable(name: "IncidentServices");
        migrationBuilder.DropTable(name: "Incidents");
    }

    // Tags and services have the same shape: (incident, value), deleted with their incident.
    private static void CreateValueTable(MigrationBuilder migrationBuilder, string name)
    {
        migrationBuilder.CreateTable(
            name: name,
            columns: table => new
            {
                IncidentId = table.Column<Guid>(nullable: false),
                Value = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey($"PK_{name}", x => new { x.IncidentId, x.Value });
                table.ForeignKey(
                    name: $"FK_{name}_Incidents_IncidentId",
                    column: x => x.IncidentId,
                    principalTable: "Incidents",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: $"IX_{name}_Value", table: name, column: "Value");
    }
}
