using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The reorganisation walk-through, the same on every storage provider.</summary>
internal static class ReorganisationScenario
{
    public static async Task RunAsync(ProductFactory factory)
    {
        var admin = factory.ClientFor("56", Role.Admin);
        await Reorganisation2025.WriteFirstHalfAsync(factory);
        string[] units = ["56", "568", "570", "58"];
        var before = await DashboardsAsync(admin, units, "2025-06-30");

        // A dry run answers everything and writes nothing.
        var dry = (await Reorganisation2025.ApplyAsync(admin, dryRun: true)).Data!["applyReorganisation"]!;
        Assert.False(dry["applied"]!.GetValue<bool>());
        Assert.Empty(dry["conflicts"]!.AsArray());
        Assert.Equal(65, dry["created"]!.AsArray().Count);
        Assert.All(dry["created"]!.AsArray(), c => Assert.Equal("56", c!["parentCode"]!.GetValue<string>()));

        // 194 communes of both provinces, their 9 + 7 districts, and Tỉnh Ninh Thuận into Tỉnh Khánh Hòa.
        var closed = dry["closed"]!.AsArray();
        Assert.Equal(194 + 9 + 7 + 1, closed.Count);
        Assert.Equal("56", closed.Single(c => c!["code"]!.GetValue<string>() == "58")!["successorCode"]!.GetValue<string>());
        Assert.Equal("22435", closed.Single(c => c!["code"]!.GetValue<string>() == "22438")!["successorCode"]!.GetValue<string>());
        Assert.Equal("22453", closed.Single(c => c!["code"]!.GetValue<string>() == "22471")!["successorCode"]!.GetValue<string>());
        Assert.Null(closed.Single(c => c!["code"]!.GetValue<string>() == "568")!["successorCode"]);
        Assert.Contains(dry["effects"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "allocation" && e["unitCode"]!.GetValue<string>() == "22330"
            && e["detail"]!.GetValue<string>().Contains("Hội LHPN Phường Bắc Nha Trang", StringComparison.Ordinal));
        Assert.Equal(before, await DashboardsAsync(admin, units, "2025-06-30"));
        Assert.Equal(194, (await admin.DataAsync("{ units(level: BASE) { code } }"))["units"]!.AsArray().Count);

        // The real run; the past is not rewritten.
        var applied = (await Reorganisation2025.ApplyAsync(admin, dryRun: false)).Data!["applyReorganisation"]!;
        Assert.True(applied["applied"]!.GetValue<bool>());
        Assert.Equal(before, await DashboardsAsync(admin, units, "2025-06-30"));

        // A second run changes nothing and says so.
        var again = (await Reorganisation2025.ApplyAsync(admin, dryRun: false)).Data!["applyReorganisation"]!;
        Assert.True(again["alreadyApplied"]!.GetValue<bool>());
        Assert.False(again["applied"]!.GetValue<bool>());
        Assert.Empty(again["created"]!.AsArray());
        Assert.Equal(65, (await admin.DataAsync("{ units(level: BASE) { code } }"))["units"]!.AsArray().Count);

        await Reorganisation2025.WriteSecondHalfAsync(factory);
        await FiguresAsync(admin);
        await CodesAndLineageAsync(admin);
        await MoveOfASplitUnitAsync(admin);
        await ClosedUnitsAsync(factory, admin);
    }

    private static async Task MoveOfASplitUnitAsync(GraphQLClient admin)
    {
        var june = await DashboardsAsync(admin, ["56", "570"], "2025-06-30");

        // Cam Hòa's work goes by default to Cam Hiệp (first in the map); the manager gives it to Cam Lâm instead.
        var refused = await admin.ErrorAsync("""mutation { setSuccessor(unitCode: "22438", on: "2025-06-30", successorCode: "22333") { code } }""");
        Assert.Equal(("VALIDATION", "successorCode"), (refused.Code, refused.Field));
        var moved = await admin.DataAsync("""mutation { setSuccessor(unitCode: "22438", on: "2025-06-30", successorCode: "22453") { successor { code } } }""");
        Assert.Equal("22453", moved["setSuccessor"]!["successor"]!["code"]!.GetValue<string>());

        var check = await admin.DataAsync("""{ unit(code: "22438", on: "2025-06-30") { successor { code } } }""");
        Assert.Equal("22453", check["unit"]!["successor"]!["code"]!.GetValue<string>());
        var households = await Reorganisation2025.TargetAsync(admin, "2.2a", "56", "2025-12-31");
        Assert.Equal(16, households["actual"].Number()); // the province's year is unchanged
        Assert.Equal(3, Reorganisation2025.Child(households, "22435")["actual"].Number()); // Cam Hiệp: Cam Tân 2 + its own 1
        Assert.Equal(2, Reorganisation2025.Child(households, "22453")["actual"].Number()); // Cam Lâm: Cam An Nam 1 + Cam Hòa 1
        Assert.Equal(june, await DashboardsAsync(admin, ["56", "570"], "2025-06-30")); // nothing before the merge moves

        var audit = await admin.DataAsync("""{ auditTrail(unitCode: "56", take: 1) { items { action entity before after } } }""");
        var entry = audit["auditTrail"]!["items"]![0]!;
        Assert.Equal(("update", "Unit"), (entry["action"]!.GetValue<string>(), entry["entity"]!.GetValue<string>()));
        Assert.Contains("\"SuccessorId\"", entry["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task FiguresAsync(GraphQLClient admin)
    {
        // 2.2a households out of poverty (SUM) over the year at the new province: 11 written before the merge
        // (Vĩnh Hải 2, Vĩnh Phước 1, Nha Trang's own 1, Cam Tân 2, Cam Hòa 1, Cam An Nam 1, Đông Hải 2, Ninh Thuận's own 1)
        // and 5 after (Bắc Nha Trang 3, Cam Hiệp 1, the province 1): 16, each once; 11 came from predecessors.
        var households = await Reorganisation2025.TargetAsync(admin, "2.2a", "56", "2025-12-31");
        Assert.Equal(16, households["actual"].Number());
        Assert.Equal(11, households["fromPredecessors"].Number());
        Assert.Equal(1100, households["goal"].Number());
        Assert.Equal(65, households["children"]!.AsArray().Count);

        // Parent = children + own: the province's own is its 1, Nha Trang's 1 (a district, abolished) and Ninh Thuận's 1.
        Assert.Equal(16 - 3, households["children"]!.AsArray().Sum(c => c!["actual"].Number()));

        // Bắc Nha Trang, from six whole predecessors: Vĩnh Hải 2 + Vĩnh Phước 1 + its own 3; goal = Vĩnh Hải's 40 + Vĩnh Phước's 60.
        var bacNhaTrang = Reorganisation2025.Child(households, "22333");
        Assert.Equal(6, bacNhaTrang["actual"].Number());
        Assert.Equal(3, bacNhaTrang["fromPredecessors"].Number());
        Assert.Equal(100, bacNhaTrang["goal"].Number());

        // Cam Hiệp, with partial predecessors: Cam Tân (kept its code) 2 + Cam Hòa (first in the map) 1 + its own 1; goal = Cam Tân's 25.
        var camHiep = Reorganisation2025.Child(households, "22435");
        Assert.Equal(4, camHiep["actual"].Number());
        Assert.Equal(3, camHiep["fromPredecessors"].Number());
        Assert.Equal(25, camHiep["goal"].Number());
        Assert.Equal(1, Reorganisation2025.Child(households, "22453")["actual"].Number()); // Cam Lâm: Cam An Nam's 1
        Assert.Equal(2, Reorganisation2025.Child(households, "22780")["actual"].Number()); // Đông Hải (Ninh Thuận's 2)

        // 2.4b works carried out (COVERAGE, ≥ 1 per base union): at year end over the 65 new units, Bắc Nha Trang
        // (Vĩnh Hải's work), Cam Hiệp (Cam Hòa's) and Cam An (its own) meet: 3/65.
        var works = await Reorganisation2025.TargetAsync(admin, "2.4b", "56", "2025-12-31");
        Assert.Equal(65, works["unitsCounted"]!.GetValue<int>());
        Assert.Equal(3, works["unitsMeeting"]!.GetValue<int>());
        Assert.Equal(Math.Round(300.0 / 65, 4), works["actual"].Number());
        var worksJune = await Reorganisation2025.TargetAsync(admin, "2.4b", "56", "2025-06-30");
        Assert.Equal(132, worksJune["unitsCounted"]!.GetValue<int>());
        Assert.Equal(2, worksJune["unitsMeeting"]!.GetValue<int>());

        // 4.1.2a women with disabilities supported (RATIO over a reported stock). Supported: W1, W2 at Vĩnh Hải,
        // W4 at Cam Tân, W3 at Bắc Nha Trang = 4. Women with disabilities at year end: Bắc Nha Trang reported its own 36
        // (its predecessors' 10 + 20 + 5 no longer count), Cam Hiệp has not reported: Cam Tân's 8; Phường Nha Trang has
        // not reported: Lộc Thọ's 7 + Vĩnh Nguyên's 4 = 11. 4 / (36 + 8 + 11) = 7,2727%.
        var ratio = await Reorganisation2025.TargetAsync(admin, "4.1.2a", "56", "2025-12-31");
        Assert.Equal(4, ratio["numerator"].Number());
        Assert.Equal(55, ratio["denominator"].Number());
        Assert.Equal(Math.Round(400.0 / 55, 4), ratio["actual"].Number());
        Assert.Equal(36, Reorganisation2025.Child(ratio, "22333")["denominator"].Number());
        Assert.Equal(3, Reorganisation2025.Child(ratio, "22333")["numerator"].Number());
        Assert.Equal(8, Reorganisation2025.Child(ratio, "22435")["denominator"].Number());
        Assert.Equal(11, Reorganisation2025.Child(ratio, "22366")["denominator"].Number());

        // On 30/06 the old tree: 3 supported over 10 + 20 + 5 + 8 + 7 + 4 = 54.
        var ratioJune = await Reorganisation2025.TargetAsync(admin, "4.1.2a", "56", "2025-06-30");
        Assert.Equal(3, ratioJune["numerator"].Number());
        Assert.Equal(54, ratioJune["denominator"].Number());

        // The member of Vĩnh Hải is on Bắc Nha Trang's register, once, and once in the province.
        var members = await admin.DataAsync("""{ organisation { bac: members(unitCode: "22333") { totalCount } all: members(unitCode: "56") { totalCount } } }""");
        Assert.Equal(1, members["organisation"]!["bac"]!["totalCount"].Number());
        Assert.Equal(1, members["organisation"]!["all"]!["totalCount"].Number());
    }

    private static async Task CodesAndLineageAsync(GraphQLClient admin)
    {
        var data = await admin.DataAsync(
            """
            { before: unit(code: "22333", on: "2025-03-01") { name validTo successor { name } }
              after: unit(code: "22333", on: "2025-08-01") { name validFrom predecessors { unit { code name } share } }
              camTan: unit(code: "22435", on: "2025-03-01") { name successor { name } successors { unit { code } share } history { event description } } }
            """);
        Assert.Equal("Hội LHPN Phường Vĩnh Phước", data["before"]!["name"]!.GetValue<string>());
        Assert.Equal("2025-06-30", data["before"]!["validTo"]!.GetValue<string>());
        Assert.Equal("Hội LHPN Phường Bắc Nha Trang", data["after"]!["name"]!.GetValue<string>());
        var predecessors = data["after"]!["predecessors"]!.AsArray();
        Assert.Equal(["22327", "22330", "22333", "22339", "22384", "22387"], predecessors.Select(p => p!["unit"]!["code"]!.GetValue<string>()).Order().ToArray());
        Assert.All(predecessors, p => Assert.Equal("WHOLE", p!["share"]!.GetValue<string>()));
        Assert.Equal("Hội LHPN Xã Cam Hiệp", data["camTan"]!["successor"]!["name"]!.GetValue<string>());
        Assert.Equal(["22435", "22453", "22708"], data["camTan"]!["successors"]!.AsArray().Select(s => s!["unit"]!["code"]!.GetValue<string>()).Order().ToArray());
        Assert.All(data["camTan"]!["successors"]!.AsArray(), s => Assert.Equal("PARTIAL", s!["share"]!.GetValue<string>()));
        Assert.Contains(data["camTan"]!["history"]!.AsArray(), h => h!["event"]!.GetValue<string>() == "CLOSED");
    }

    private static async Task ClosedUnitsAsync(ProductFactory factory, GraphQLClient admin)
    {
        // A reporter of Vĩnh Hải keeps reading its history and writes nothing more there.
        var reporter = factory.ClientFor("22330", Role.Reporter);
        var history = await reporter.DataAsync("""{ economy { households(unitCode: "22330") { totalCount } } }""");
        Assert.Equal(2, history["economy"]!["households"]!["totalCount"].Number());
        var refused = await reporter.ErrorAsync(
            "mutation($input: EconomyHouseholdInput!) { economy { createHousehold(input: $input) { id } } }",
            new { input = new { unitCode = "22330", headName = "Lê Thị Muộn", village = "Thôn 2", statusAtStart = "POOR", supportStartedOn = "2025-05-25", support = "LOAN", supportDetails = (string?)null, exitedPovertyOn = "2025-05-25" } });
        Assert.Equal("FORBIDDEN", refused.Code);
        Assert.StartsWith("Hội LHPN Phường Vĩnh Hải đã sáp nhập vào Hội LHPN Phường Bắc Nha Trang từ 01/07/2025.", refused.Message, StringComparison.Ordinal);

        // A record dated after the merge at an old code is refused with what became of the unit.
        var late = await admin.ErrorAsync(
            "mutation($input: EconomyHouseholdInput!) { economy { createHousehold(input: $input) { id } } }",
            new { input = new { unitCode = "22330", headName = "Lê Thị Muộn", village = "Thôn 2", statusAtStart = "POOR", supportStartedOn = "2025-08-01", support = "LOAN", supportDetails = (string?)null, exitedPovertyOn = "2025-08-01" } });
        Assert.Equal("VALIDATION", late.Code);
        Assert.Equal("Hội LHPN Phường Vĩnh Hải đã sáp nhập vào Hội LHPN Phường Bắc Nha Trang từ 01/07/2025.", late.Message);

        // The old districts are reachable for the first half only.
        var district = await Reorganisation2025.TargetAsync(admin, "2.2a", "568", "2025-06-30");
        Assert.Equal(4, district["actual"].Number()); // Vĩnh Hải 2 + Vĩnh Phước 1 + its own 1
        Assert.Equal(300, district["goal"].Number());
        var gone = await admin.ErrorAsync("""{ plan(code: "223/KH-BTV") { progress(unitCode: "568", asOf: "2025-12-31") { actual } } }""");
        Assert.Equal("VALIDATION", gone.Code);
        Assert.Equal("Hội LHPN Thành phố Nha Trang đã ngừng hoạt động từ 01/07/2025.", gone.Message);

        // Bắc Nha Trang's officers took over their predecessors' books: a late record of Vĩnh Hải's first half is theirs to write.
        await factory.ClientFor("22333", Role.Reporter).DataAsync(
            "mutation($input: EconomyHouseholdInput!) { economy { createHousehold(input: $input) { id } } }",
            new { input = new { unitCode = "22330", headName = "Lê Thị Muộn", village = "Thôn 2", statusAtStart = "POOR", supportStartedOn = "2025-05-26", support = "LOAN", supportDetails = (string?)null, exitedPovertyOn = "2025-05-26" } });
        Assert.Equal(7, Reorganisation2025.Child(await Reorganisation2025.TargetAsync(admin, "2.2a", "56", "2025-12-31"), "22333")["actual"].Number());
    }

    private static async Task<string> DashboardsAsync(GraphQLClient client, IEnumerable<string> units, string asOf)
    {
        var all = new List<string>();
        foreach (var unit in units)
        {
            all.Add(await Reorganisation2025.DashboardAsync(client, unit, asOf));
        }

        return string.Join('\n', all);
    }
}
