using Modular.Shared.Access;
using Modular.Testing;
using Npgsql;

namespace Modular.Modules.PartyBuilding.Tests;

[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task On_PostgreSQL_records_live_in_the_party_schema_and_count_towards_progress()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var factory = new ProductFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
        });
        var admin = factory.ClientFor("56", Role.Admin);

        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("568", "2025-04-01"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22327", "CONGRESS_DRAFT_COMMENT", "2025-04-02", "Dự thảo Báo cáo chính trị"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: true, introducedOn: "2025-06-01"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: true));

        var progress = await ProgressTests.ProgressAsync(admin, "568");
        ProgressTests.AssertCoverage(progress, "2.7a", meeting: 1, counted: 1);
        ProgressTests.AssertCoverage(progress, "2.7d", meeting: 1, counted: 22);
        ProgressTests.AssertCoverage(progress, "2.8.3b", meeting: 1, counted: 22);
        var ratio = ProgressTests.Target(progress, "2.8.1f");
        Assert.Equal((1, 2), (ratio["numerator"].Number(), ratio["denominator"].Number()));
        Assert.Equal(1, (await admin.ListAsync(Party.DraftOpinion, "search: \"bao cao chinh tri\", kind: CONGRESS_DRAFT_COMMENT"))["totalCount"].Number());

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM party.branch_heads", connection);
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }
}
