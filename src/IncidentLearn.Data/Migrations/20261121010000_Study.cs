using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IncidentLearn.Data.Migrations;

/// <summary>
/// Study progress: each learner's card states and review log. Written by hand like InitialCreate, with
/// column types left to the provider. Both tables cascade from Incidents, so deleting an incident (even
/// with ExecuteDelete, which bypasses EF's own cascade) takes its study rows with it.
/// </summary>
[DbContext(typeof(IncidentLearnDbContext))]
[Migration("20261121010000_Study")]
public sealed class Study : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CardStates",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 64, nullable: false),
                CardId = table.Column<string>(maxLength: 64, nullable: false),
                IncidentId = table.Column<Guid>(nullable: false),
                Phase = table.Column<string>(maxLength: 16, nullable: false),
                Step = table.Column<int>(nullable: false),
                Stability = table.Column<double>(nullable: true),
                Difficulty = table.Column<double>(nullable: true),
                Due = table.Column<DateTime>(nullable: true),
                LastReview = table.Column<DateTime>(nullable: true),
                Reps = table.Column<int>(nullable: false),
                Lapses = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CardStates", x => new { x.UserId, x.CardId });
                table.ForeignKey(
                    name: "FK_CardStates_Incidents_IncidentId",
                    column: x => x.IncidentId,
                    principalTable: "Incidents",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReviewLog",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 64, nullable: false),
                CardId = table.Column<string>(maxLength: 64, nullable: false),
                IncidentId = table.Column<Guid>(nullable: false),
                Rating = table.Column<int>(nullable: false),
                ReviewedAt = table.Column<DateTime>(nullable: false),
                PhaseBefore = table.Column<string>(maxLength: 16, nullable: false),
                ElapsedDays = table.Column<double>(nullable: true),
                ScheduledSeconds = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewLog", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReviewLog_Incidents_IncidentId",
                    column: x => x.IncidentId,
                    principalTable: "Incidents",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        // (UserId, Due) serves "what is due for this learner"; (UserId, ReviewedAt) serves today's reviews and streaks;
        // the IncidentId indexes keep the cascading delete of an incident from scanning every learner's rows.
        migrationBuilder.CreateIndex(name: "IX_CardStates_UserId_Due", table: "CardStates", columns: ["UserId", "Due"]);
        migrationBuilder.CreateIndex(name: "IX_CardStates_IncidentId", table: "CardStates", column: "IncidentId");
        migrationBuilder.CreateIndex(name: "IX_ReviewLog_UserId_ReviewedAt", table: "ReviewLog", columns: ["UserId", "ReviewedAt"]);
        migrationBuilder.CreateIndex(name: "IX_ReviewLog_IncidentId", table: "ReviewLog", column: "IncidentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ReviewLog");
        migrationBuilder.DropTable(name: "CardStates");
    }
}
