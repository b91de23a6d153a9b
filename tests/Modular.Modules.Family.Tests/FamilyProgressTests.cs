using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Family.Tests;

/// <summary>
/// Hand-built records in four communes of Nha Trang (568: 22 base unions) and two of Cam Ranh (569: 15 base unions),
/// and the progress of each family target on 31/12/2025 worked out by hand at commune, district and province
/// (56: 132 base unions). Records outside 2025 are there to be left out.
/// </summary>
public sealed class FamilyProgressTests : IDisposable
{
    private const int NhaTrangBases = 22;
    private const int CamRanhBases = 15;
    private const int ProvinceBases = 132;

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Coverage_targets_count_base_unions_meeting_the_threshold_and_drop_those_with_the_module_off()
    {
        // 2.4a: households confirmed in 2025, at least 5 per base union.
        await Households("22327", "2025-02-10", "2025-03-11", "2025-04-12", "2025-05-13", "2025-06-14");             // 5: meets
        await Households("22330", "2024-12-20", "2025-01-15", "2025-02-15", "2025-03-15", "2025-04-15");             // 4 in 2025: short
        await Households("22333", "2025-01-05", "2025-02-05", "2025-03-05", "2025-04-05", "2025-05-05", "2025-06-05"); // 6: meets until switched off
        await Households("22336", "2025-07-01", "2025-08-01", "2025-09-01", "2025-10-01", "2026-01-05");             // 4 by 31/12/2025: short
        await Households("22408", "2025-01-20", "2025-02-20", "2025-03-20", "2025-04-20", "2025-05-20", "2025-06-20", "2025-07-20"); // 7: meets
        await Households("568", "2025-03-03", "2025-04-04", "2025-05-05", "2025-06-06", "2025-07-07");               // the district's own: not a base union

        // 2.4b: works carried out in 2025, at least 1 per base union.
        await Work("22327", "Tuyến đường hoa phụ nữ", "2025-02-01", "2025-06-01");    // carried out: meets
        await Work("22330", "Thắp sáng đường quê", "2025-03-01", null);                // registered only
        await Work("22333", "Camera an ninh tổ dân phố", "2025-02-01", "2025-05-01"); // meets until switched off
        await Work("22336", "Vườn rau sạch", "2024-11-15", "2025-01-10");              // registered in 2024, carried out 2025: meets
        await Work("22408", "Sân chơi thiếu nhi", "2025-04-01", "2026-02-01");         // carried out after the as-of date

        // 4.1.1a: culture/sports forms kept up at some time in 2025, at least 2 per base union.
        await Form("22327", "Câu lạc bộ dân vũ", "CULTURE", "2019-05-01", null);
        await Form("22327", "Đội bóng chuyền nữ", "SPORTS", "2025-03-01", null);       // 2: meets
        await Form("22330", "Câu lạc bộ dưỡng sinh", "SPORTS", "2024-11-10", "2024-12-01"); // stopped before 2025
        await Form("22330", "Đội văn nghệ", "CULTURE", "2023-01-01", null);            // 1: short
        await Form("22333", "Đội múa", "CULTURE", "2022-01-01", null);
        await Form("22333", "Đội cờ tướng", "SPORTS", "2022-01-01", null);             // 2: meets until switched off
        await Form("22336", "Đội văn nghệ xung kích", "CULTURE", "2024-06-01", null);
        await Form("22336", "Câu lạc bộ pickleball", "SPORTS", "2026-03-01", null);    // began after the as-of date: 1, short
        await Form("22408", "Đội văn nghệ Cam Nghĩa", "CULTURE", "2020-01-01", "2025-06-30"); // kept up half of 2025: counts
        await Form("22408", "Câu lạc bộ yoga", "SPORTS", "2024-01-01", null);
        await Form("22408", "Câu lạc bộ đạp xe", "SPORTS", "2024-02-01", null);      // 3: meets

        var before = await Admin().ProgressAsync("56");

        // Before any switch: Nha Trang 22327 and 22333 meet 2.4a (2 of 22), province 2 + Cam Ranh's 22408 = 3 of 132.
        Assert.Equal(ProvinceBases, before["2.4a"]["unitsCounted"].Number());
        Assert.Equal(3, before["2.4a"]["unitsMeeting"].Number());
        Assert.Equal(Math.Round(100.0 * 3 / ProvinceBases, 4), before["2.4a"]["actual"].Number());
        Assert.Equal(NhaTrangBases, before["2.4a"].Child("568")["unitsCounted"].Number());
        Assert.Equal(2, before["2.4a"].Child("568")["unitsMeeting"].Number());

        await _factory.SwitchFamilyOffAsync("22333");
        await _factory.SwitchFamilyOffAsync("22411");

        var province = await Admin().ProgressAsync("56");
        var nhaTrang = await Admin().ProgressAsync("568");
        var camRanh = await Admin().ProgressAsync("569");

        // 2.4a after the switch: Nha Trang counts 22 - 1 = 21, meeting 1 (22327); Cam Ranh 15 - 1 = 14, meeting 1 (22408);
        // the province 132 - 2 = 130, meeting 2. The district's own 5 households count nowhere.
        AssertCoverage(nhaTrang["2.4a"], meeting: 1, counted: NhaTrangBases - 1);
        AssertCoverage(camRanh["2.4a"], meeting: 1, counted: CamRanhBases - 1);
        AssertCoverage(province["2.4a"], meeting: 2, counted: ProvinceBases - 2);
        AssertCoverage(nhaTrang["2.4a"].Child("22327"), meeting: 1, counted: 1);
        AssertCoverage(nhaTrang["2.4a"].Child("22330"), meeting: 0, counted: 1);
        AssertCoverage(nhaTrang["2.4a"].Child("22333"), meeting: 0, counted: 0);
        AssertCoverage(nhaTrang["2.4a"].Child("22336"), meeting: 0, counted: 1);
        AssertCoverage(camRanh["2.4a"].Child("22411"), meeting: 0, counted: 0);
        Assert.Equal(100, nhaTrang["2.4a"].Child("22327")["actual"].Number());

        // 2.4b: Nha Trang meets at 22327 and 22336 (2 of 21); Cam Ranh none (22408's work was done in 2026); province 2 of 130.
        AssertCoverage(nhaTrang["2.4b"], meeting: 2, counted: NhaTrangBases - 1);
        AssertCoverage(camRanh["2.4b"], meeting: 0, counted: CamRanhBases - 1);
        AssertCoverage(province["2.4b"], meeting: 2, counted: ProvinceBases - 2);
        AssertCoverage(nhaTrang["2.4b"].Child("22330"), meeting: 0, counted: 1);
        AssertCoverage(nhaTrang["2.4b"].Child("22336"), meeting: 1, counted: 1);

        // 4.1.1a: 22327 (2 forms) in Nha Trang, 22408 (3) in Cam Ranh; 22330 and 22336 keep 1 each in 2025.
        AssertCoverage(nhaTrang["4.1.1a"], meeting: 1, counted: NhaTrangBases - 1);
        AssertCoverage(camRanh["4.1.1a"], meeting: 1, counted: CamRanhBases - 1);
        AssertCoverage(province["4.1.1a"], meeting: 2, counted: ProvinceBases - 2);
        AssertCoverage(nhaTrang["4.1.1a"].Child("22336"), meeting: 0, counted: 1);

        // With the module off, 22333 can no longer write.
        var refused = await _factory.ClientFor("22333", Role.Reporter).CreateErrorAsync("StandardHousehold", Household("22333", "2025-08-08"));
        Assert.Equal("MODULE_OFF", refused.Code);
    }

    [Fact]
    public async Task Ratio_targets_sum_numerators_and_denominators_over_the_subtree()
    {
        // 2.3: victims found in 2025 and those given at least one support, entered by each unit's own reporter.
        await Victim("22327", "BL-01", "2025-02-01", "COUNSELLING", "LEGAL_AID");
        await Victim("22327", "MB-01", "2025-05-01", "REFERRAL");
        await Victim("22327", "BL-02", "2025-09-01");                  // found, not yet supported
        await Victim("22327", "BL-00", "2024-12-15", "COUNSELLING");   // found in 2024: left out
        await Victim("22330", "A1", "2025-03-03", "HEALTH_CARE");
        await Victim("22330", "A2", "2025-04-04", "SHELTER", "COUNSELLING");
        await Victim("568", "TP-01", "2025-06-06", "LEGAL_AID");        // the district's own case counts at the district
        await Victim("22408", "CR-01", "2025-07-07");                  // not yet supported

        // 4.1.2a: women with disabilities supported (distinct) over those living in the area (reported).
        await Report("22327", 10);
        await Report("22330", 4);
        await Report("22408", 5);
        await Report("22408", 6); // a correction of the same period replaces 5
        await Support("22327", "W01", "GIFT", "2025-02-02");
        await Support("22327", "W01", "LIVELIHOOD", "2025-08-08");
        await Support("22327", "w01", "HEALTH_CARE", "2025-10-10");   // the same woman, typed in lower case
        await Support("22327", "W02", "GIFT", "2025-03-03");          // 22327: 2 women
        await Support("22327", "W03", "GIFT", "2024-12-20");          // supported in 2024: left out
        foreach (var code in new[] { "N1", "N2", "N3", "N4" })
        {
            await Support("22330", code, "VOCATIONAL_TRAINING", "2025-04-01"); // 22330: 4 women
        }

        await Support("22408", "C1", "GIFT", "2025-01-15");
        await Support("22408", "C2", "GIFT", "2025-01-15");
        await Support("22408", "C3", "COUNSELLING", "2025-11-30");    // 22408: 3 women
        await Support("22408", "C3", "OTHER", "2025-12-01");

        var province = await Admin().ProgressAsync("56");
        var nhaTrang = await Admin().ProgressAsync("568");
        var camRanh = await Admin().ProgressAsync("569");

        // 2.3 — 22327: 2 of 3; 22330: 2 of 2; the district itself 1 of 1; Nha Trang (2 + 2 + 1) / (3 + 2 + 1) = 5 / 6;
        // Cam Ranh 0 of 1; province 5 / 7.
        AssertRatio(nhaTrang["2.3"].Child("22327"), 2, 3);
        AssertRatio(nhaTrang["2.3"].Child("22330"), 2, 2);
        AssertRatio(nhaTrang["2.3"], 5, 6);
        AssertRatio(camRanh["2.3"], 0, 1);
        AssertRatio(province["2.3"], 5, 7);
        Assert.False(province["2.3"]["achieved"]!.GetValue<bool>());
        Assert.True(nhaTrang["2.3"].Child("22330")["actual"].Number() >= 100);

        // 4.1.2a — 22327: 2 of 10; 22330: 4 of 4; Nha Trang 6 / 14; Cam Ranh 3 / 6; province (6 + 3) / (14 + 6) = 9 / 20 = 45%.
        AssertRatio(nhaTrang["4.1.2a"].Child("22327"), 2, 10);
        AssertRatio(nhaTrang["4.1.2a"].Child("22330"), 4, 4);
        AssertRatio(nhaTrang["4.1.2a"], 6, 14);
        AssertRatio(camRanh["4.1.2a"], 3, 6);
        AssertRatio(province["4.1.2a"], 9, 20);
        Assert.Equal(45, province["4.1.2a"]["actual"].Number());
        Assert.Equal(Math.Round(100 * 45 / 80.0, 2), province["4.1.2a"]["percent"].Number());
        Assert.True(nhaTrang["4.1.2a"].Child("22330")["actual"].Number() >= 80);

        // Asked at the commune itself, the figures are the same as the district shows for it.
        var vinhHoa = await Admin().ProgressAsync("22327");
        AssertRatio(vinhHoa["2.3"], 2, 3);
        AssertRatio(vinhHoa["4.1.2a"], 2, 10);

        // Supporting the third victim of 22327 moves 2.3 at once: the province reaches 6 / 7.
        var bl02 = await CaseId("22327", "BL-02");
        await _factory.ClientFor("22327", Role.Reporter).DataAsync(
            "mutation($id: ID!, $input: FamilyVictimCaseInput!) { family { updateVictimCase(id: $id, input: $input) { supported } } }",
            new { id = bl02, input = VictimInput("22327", "BL-02", "2025-09-01", "COUNSELLING") });
        AssertRatio((await Admin().ProgressAsync("56"))["2.3"], 6, 7);
    }

    private GraphQLClient Admin() => _factory.ClientFor("56", Role.Admin);

    private static void AssertCoverage(System.Text.Json.Nodes.JsonNode progress, int meeting, int counted)
    {
        Assert.Equal(meeting, progress["unitsMeeting"].Number());
        Assert.Equal(counted, progress["unitsCounted"].Number());
        Assert.Equal(counted == 0 ? 0 : Math.Round(100.0 * meeting / counted, 4), progress["actual"].Number());
    }

    private static void AssertRatio(System.Text.Json.Nodes.JsonNode progress, double numerator, double denominator)
    {
        Assert.Equal(numerator, progress["numerator"].Number());
        Assert.Equal(denominator, progress["denominator"].Number());
        Assert.Equal(Math.Round(100 * numerator / denominator, 4), progress["actual"].Number());
    }

    private static object Household(string unit, string confirmedOn) =>
        new { unitCode = unit, standard = "FIVE_NO_THREE_CLEAN", householdHead = "Nguyễn Thị Lan", village = "Tổ 1", confirmedOn };

    private async Task Households(string unit, params string[] confirmedOn)
    {
        var client = _factory.ClientFor(unit, Role.Reporter);
        foreach (var (day, i) in confirmedOn.Select((d, i) => (d, i)))
        {
            await client.CreateAsync("StandardHousehold", new
            {
                unitCode = unit,
                standard = i % 2 == 0 ? "FIVE_NO_THREE_CLEAN" : "FIVE_YES_THREE_CLEAN",
                householdHead = $"Chủ hộ {i}",
                village = "Thôn Xuân Ngọc",
                confirmedOn = day,
            });
        }
    }

    private Task Work(string unit, string name, string registeredOn, string? carriedOutOn) =>
        _factory.ClientFor(unit, Role.Reporter).CreateAsync("CommunityWork", new { unitCode = unit, name, registeredOn, carriedOutOn });

    private Task Form(string unit, string name, string kind, string startedOn, string? endedOn) =>
        _factory.ClientFor(unit, Role.Reporter).CreateAsync("CultureSportsForm", new { unitCode = unit, name, kind, startedOn, endedOn });

    private static object VictimInput(string unit, string caseCode, string foundOn, params string[] supports) =>
        new { unitCode = unit, caseCode, kind = caseCode.StartsWith("MB", StringComparison.Ordinal) ? "TRAFFICKING_RETURNEE" : "DOMESTIC_VIOLENCE", ageGroup = "FROM_18_TO_59", foundOn, supports };

    private Task Victim(string unit, string caseCode, string foundOn, params string[] supports) =>
        _factory.ClientFor(unit, Role.Reporter).CreateAsync("VictimCase", VictimInput(unit, caseCode, foundOn, supports));

    private async Task<string> CaseId(string unit, string caseCode)
    {
        var data = await _factory.ClientFor(unit, Role.Reporter).DataAsync("{ family { victimCases { items { id caseCode } } } }");
        return data["family"]!["victimCases"]!["items"]!.AsArray().Single(c => c!["caseCode"]!.GetValue<string>() == caseCode)!["id"]!.ToString();
    }

    private Task Support(string unit, string womanCode, string kind, string supportedOn) =>
        _factory.ClientFor(unit, Role.Reporter).CreateAsync("DisabledWomanSupport", new { unitCode = unit, womanCode, kind, supportedOn });

    private Task Report(string unit, double value) =>
        _factory.ClientFor(unit, Role.Reporter).DataAsync(
            """
            mutation($unit: String!, $value: Float!) { reportValue(input: { indicator: "family.women-with-disabilities", unitCode: $unit,
              periodStart: "2025-01-01", periodEnd: "2025-12-31", value: $value }) { value } }
            """,
            new { unit, value });

    public void Dispose() => _factory.Dispose();
}
