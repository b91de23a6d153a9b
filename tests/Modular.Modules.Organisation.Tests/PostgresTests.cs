using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>The register and the indicators' queries (distinct kinds, kinds in a list, sums, folded search) on PostgreSQL.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [SkippableFact]
    public async Task On_PostgreSQL_the_register_searches_and_the_targets_count_the_same()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        using var factory = new ProductFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = connectionString,
        });
        var province = factory.ClientFor("56", Role.Reporter);

        await province.CreateMemberAsync("22327", "Nguyễn Thị Lan", 1985, "2025-03-01");
        var hoa = await province.CreateMemberAsync("22327", "Trần Thị Hoa", 1990, "2025-05-10");
        await province.MoveMemberAsync(hoa, "22330", "2025-09-01");
        await province.ReportWomenAsync("22327", 2);
        await province.ReportWomenAsync("22330", 1);
        await province.CreateAsync("ActivityType", new { unitCode = "22327", kind = "CLUB", name = "CLB 1", startedOn = "2024-12-01" });
        await province.CreateAsync("ActivityType", new { unitCode = "22327", kind = "CLUB", name = "CLB 2", startedOn = "2024-12-01" });
        await province.CreateAsync("ActivityType", new { unitCode = "22330", kind = "CLUB", name = "CLB 3", startedOn = "2024-12-01" });
        await province.CreateAsync("ActivityType", new { unitCode = "22330", kind = "SPORT", name = "Thể thao", startedOn = "2024-12-01" });
        await province.CreateAsync("Model", new { unitCode = "22327", kind = "RELIGIOUS", name = "CLB Phụ nữ Công giáo", startedOn = "2025-01-01" });
        await province.CreateAsync("Model", new { unitCode = "22330", kind = "ONE_PLUS_ONE", name = "Mô hình 1+1", startedOn = "2025-01-01" });
        await province.CreateAsync("NetworkedComputer", new { unitCode = "22330", quantity = 3, installedOn = "2025-01-01" });

        Assert.Equal((1, "Nguyễn Thị Lan"), await province.MembersAsync(unitCode: "22327", search: "nguyen thi"));
        Assert.Equal((1, "Trần Thị Hoa"), await province.MembersAsync(search: "TRAN THI"));
        var open = await province.DataAsync("{ organisation { activityTypes(unitCode: \"568\", from: \"2025-01-01\") { totalCount } models(to: \"2024-12-31\") { totalCount } } }");
        Assert.Equal(4, open["organisation"]!["activityTypes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, open["organisation"]!["models"]!["totalCount"]!.GetValue<int>());

        var nhaTrang = await province.ProgressAsync("568");
        // 2.1: Vĩnh Hòa 1 kind (two clubs), Vĩnh Hải 2 kinds: 1 of 22.
        Assert.Equal(1, nhaTrang["2.1"]["unitsMeeting"].Number());
        // 2.5a: both joined at Vĩnh Hòa in 2025.
        Assert.Equal(2, nhaTrang["2.5a"]["actual"].Number());
        // 2.5b: Vĩnh Hòa 1/2 = 50% (Hoa moved away), Vĩnh Hải 1/1 = 100%.
        Assert.Equal(1, nhaTrang["2.5b"]["unitsMeeting"].Number());
        // 2.8.1a and 2.8.1c: one each; 2.8.2d: Vĩnh Hải's 3 computers.
        Assert.Equal(1, nhaTrang["2.8.1a"]["unitsMeeting"].Number());
        Assert.Equal(1, nhaTrang["2.8.1c"]["unitsMeeting"].Number());
        Assert.Equal(1, nhaTrang["2.8.2d"]["unitsMeeting"].Number());
        Assert.Equal(22, nhaTrang["2.8.2d"]["unitsCounted"].Number());
    }
}
