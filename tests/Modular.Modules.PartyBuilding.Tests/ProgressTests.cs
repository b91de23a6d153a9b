using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.PartyBuilding.Tests;

/// <summary>
/// Hand-built records at the province (56), two districts (568 Nha Trang: 22 base unions; 569 Cam Ranh: 15) and
/// some of their base unions, and the progress of each of the module's targets as a person counting them would find
/// it. The seeded tree has 9 districts and 132 base unions, all with the module on.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private const string ProgressQuery = """
        query($unit: String!) { plan(code: "223/KH-BTV") { progress(unitCode: $unit, moduleKey: "party", asOf: "2025-12-31") {
          target { code } goal actual percent achieved unitsMeeting unitsCounted numerator denominator
          children { unit { code } actual unitsMeeting unitsCounted numerator denominator } } } }
        """;

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Each_target_counts_the_records_of_its_own_level_only()
    {
        var admin = _factory.ClientFor("56", Role.Admin);
        await RecordTheYearAsync(admin);

        var province = await ProgressAsync(admin, "56");

        // 2.7a supervisions, province and districts (10 units), threshold 1: the province and 568 have their own;
        // 569 has none of its own (its base union 22408's two do not count here) -> 2 of 10 = 20%.
        AssertCoverage(province, "2.7a", meeting: 2, counted: 10);
        AssertChild(province, "2.7a", "568", meeting: 1, counted: 1);
        AssertChild(province, "2.7a", "569", meeting: 0, counted: 1);

        // 2.7b criticisms, province and districts, threshold 2: the province has 2; 568 has 1 criticism and 1 comment;
        // 569 has 1 in 2025 and 1 in 2026 (out of range); base union 22327's 3 do not count here -> 1 of 10.
        AssertCoverage(province, "2.7b", meeting: 1, counted: 10);
        AssertChild(province, "2.7b", "568", meeting: 0, counted: 1);
        AssertChild(province, "2.7b", "569", meeting: 0, counted: 1);

        // 2.7c supervisions, base unions, threshold 1: 22327 (568) and 22408 (569); 22330's is dated 2024; the
        // district 568's own supervision does not count here -> 568: 1 of 22, 569: 1 of 15, province 2 of 132.
        AssertCoverage(province, "2.7c", meeting: 2, counted: 132);
        AssertChild(province, "2.7c", "568", meeting: 1, counted: 22);
        AssertChild(province, "2.7c", "569", meeting: 1, counted: 15);

        // 2.7d comments incl. congress drafts, base unions: 22327 (comment), 22330 (congress draft) in 568; 22411
        // (comment), 22414 (congress draft) in 569; 22408 has a criticism only; 568's own comment does not count.
        AssertCoverage(province, "2.7d", meeting: 4, counted: 132);
        AssertChild(province, "2.7d", "568", meeting: 2, counted: 22);
        AssertChild(province, "2.7d", "569", meeting: 2, counted: 15);

        // 2.8.1e proposals, base unions: 22327 (1) and 22333 (2) in 568; 22408's is dated 2024; 569's own does not count.
        AssertCoverage(province, "2.8.1e", meeting: 2, counted: 132);
        AssertChild(province, "2.8.1e", "568", meeting: 2, counted: 22);
        AssertChild(province, "2.8.1e", "569", meeting: 0, counted: 15);

        // 2.8.1f branch heads introduced / eligible, base unions:
        // 22327: A (eligible, introduced 2025) / A, B (eligible, not introduced), D (eligible, introduced in 2024); C not eligible -> 1 / 3
        // 22330: E, F eligible and introduced in 2025 -> 2 / 2
        // 22408: G eligible and introduced in 2025 -> 1 / 1; H and I listed in 2026 -> neither, even I introduced in 2025
        // 568: 3 / 5 = 60%; 569: 1 / 1 = 100%; province: 4 / 6 = 66.6667% against the goal 80%.
        var ratio = Target(province, "2.8.1f");
        Assert.Equal(4, ratio["numerator"].Number());
        Assert.Equal(6, ratio["denominator"].Number());
        Assert.Equal(Math.Round(100.0 * 4 / 6, 4), ratio["actual"].Number());
        Assert.Equal(80, ratio["goal"].Number());
        Assert.False(ratio["achieved"]!.GetValue<bool>());
        var nhaTrang = Child(ratio, "568");
        Assert.Equal((3, 5, 60.0), (nhaTrang["numerator"].Number(), nhaTrang["denominator"].Number(), nhaTrang["actual"].Number()));
        var camRanh = Child(ratio, "569");
        Assert.Equal((1, 1, 100.0), (camRanh["numerator"].Number(), camRanh["denominator"].Number(), camRanh["actual"].Number()));

        // 2.8.3a women cadre activities, province and districts: the province (training) and 569 (seminar); 22327's network does not count.
        AssertCoverage(province, "2.8.3a", meeting: 2, counted: 10);
        AssertChild(province, "2.8.3a", "568", meeting: 0, counted: 1);
        AssertChild(province, "2.8.3a", "569", meeting: 1, counted: 1);

        // 2.8.3b congress-draft comment sessions, base unions: 22330 (568) and 22414 (569).
        AssertCoverage(province, "2.8.3b", meeting: 2, counted: 132);
        AssertChild(province, "2.8.3b", "568", meeting: 1, counted: 22);
        AssertChild(province, "2.8.3b", "569", meeting: 1, counted: 15);

        // 2.8.3c women's content in congress documents, districts only (9): 568; the province's and 22330's do not count.
        AssertCoverage(province, "2.8.3c", meeting: 1, counted: 9);
        AssertChild(province, "2.8.3c", "568", meeting: 1, counted: 1);
        AssertChild(province, "2.8.3c", "569", meeting: 0, counted: 1);

        // 2.8.3d dialogues, districts only: 569; the province's and 22333's do not count.
        AssertCoverage(province, "2.8.3d", meeting: 1, counted: 9);
        AssertChild(province, "2.8.3d", "568", meeting: 0, counted: 1);
        AssertChild(province, "2.8.3d", "569", meeting: 1, counted: 1);

        // At the district 568 the same figures as its row above, and its base unions below it.
        var district = await ProgressAsync(admin, "568");
        AssertCoverage(district, "2.7a", meeting: 1, counted: 1);
        AssertCoverage(district, "2.7c", meeting: 1, counted: 22);
        AssertChild(district, "2.7c", "22327", meeting: 1, counted: 1);
        AssertChild(district, "2.7c", "22330", meeting: 0, counted: 1);
        AssertCoverage(district, "2.8.1e", meeting: 2, counted: 22);

        // At the base unions: 22327 meets 2.7c, 2.7d and 2.8.1e, not 2.8.3b; its branch-head ratio is 1 / 3.
        var commune = await ProgressAsync(admin, "22327");
        AssertCoverage(commune, "2.7c", meeting: 1, counted: 1);
        AssertCoverage(commune, "2.7d", meeting: 1, counted: 1);
        AssertCoverage(commune, "2.8.1e", meeting: 1, counted: 1);
        AssertCoverage(commune, "2.8.3b", meeting: 0, counted: 1);
        var own = Target(commune, "2.8.1f");
        Assert.Equal((1, 3, Math.Round(100.0 / 3, 4)), (own["numerator"].Number(), own["denominator"].Number(), own["actual"].Number()));
        // Targets of the province and districts do not apply at a base union, whatever it recorded.
        AssertCoverage(commune, "2.7a", meeting: 0, counted: 0);
        AssertCoverage(commune, "2.7b", meeting: 0, counted: 0);

        var otherCommune = await ProgressAsync(admin, "22408");
        AssertCoverage(otherCommune, "2.7c", meeting: 1, counted: 1);
        AssertCoverage(otherCommune, "2.7d", meeting: 0, counted: 1);
        AssertCoverage(otherCommune, "2.8.1e", meeting: 0, counted: 1);
    }

    [Fact]
    public async Task A_record_written_now_shows_in_the_next_read_and_leaves_when_deleted()
    {
        var admin = _factory.ClientFor("56", Role.Admin);
        var before = await ProgressAsync(admin, "569");
        AssertCoverage(before, "2.7a", meeting: 0, counted: 1);

        var supervision = await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("569", "2025-07-01"));
        AssertCoverage(await ProgressAsync(admin, "569"), "2.7a", meeting: 1, counted: 1);
        // A district's supervision is not a base union's.
        AssertCoverage(await ProgressAsync(admin, "569"), "2.7c", meeting: 0, counted: 15);

        // Moved to a base union of the district, it leaves 2.7a and counts for 2.7c.
        await admin.UpdateAsync(Party.Supervision, supervision.Id(), Party.SupervisionInput("22408", "2025-07-01"));
        var moved = await ProgressAsync(admin, "569");
        AssertCoverage(moved, "2.7a", meeting: 0, counted: 1);
        AssertCoverage(moved, "2.7c", meeting: 1, counted: 15);

        await admin.DataAsync(Party.Delete(Party.Supervision), new { id = supervision.Id() });
        AssertCoverage(await ProgressAsync(admin, "569"), "2.7c", meeting: 0, counted: 15);
    }

    [Fact]
    public async Task A_branch_records_count_as_its_base_union()
    {
        var admin = _factory.ClientFor("56", Role.Admin);
        await admin.DataAsync("""
            mutation { addUnit(input: { code: "22327-01", placeName: "Tổ dân phố 1", level: BRANCH, parentCode: "22327", validFrom: "2025-01-01" }) { code } }
            """);

        // A branch head and a supervision recorded at the branch: 22327 then has 1 introduced of 1 eligible and meets 2.7c;
        // the branch itself is no unit of its own in the counts (22 base unions at 568 still).
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327-01", "2025-02-01", eligible: true, introducedOn: "2025-03-01"));
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("22327-01", "2025-04-01"));

        var district = await ProgressAsync(admin, "568");
        AssertCoverage(district, "2.7c", meeting: 1, counted: 22);
        AssertChild(district, "2.7c", "22327", meeting: 1, counted: 1);
        var ratio = Child(Target(district, "2.8.1f"), "22327");
        Assert.Equal((1, 1, 100.0), (ratio["numerator"].Number(), ratio["denominator"].Number(), ratio["actual"].Number()));
    }

    public void Dispose() => _factory.Dispose();

    private static async Task RecordTheYearAsync(GraphQLClient admin)
    {
        // Supervisions.
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("56", "2025-03-10"));
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("568", "2025-04-01"));
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("22408", "2025-05-01"));
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("22408", "2025-09-01"));
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("22327", "2025-06-15"));
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("22330", "2024-12-20"));

        // Criticisms and comments on drafts.
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("56", "CRITICISM", "2025-02-01"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("56", "CRITICISM", "2025-08-01"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("568", "CRITICISM", "2025-03-01"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("568", "COMMENT", "2025-03-02"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("569", "CRITICISM", "2025-05-05"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("569", "CRITICISM", "2026-01-10"));
        for (var i = 0; i < 3; i++)
        {
            await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22327", "CRITICISM", "2025-04-0" + (i + 1)));
        }

        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22327", "COMMENT", "2025-04-10"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22330", "CONGRESS_DRAFT_COMMENT", "2025-06-10"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22408", "CRITICISM", "2025-06-11"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22411", "COMMENT", "2025-06-12"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22414", "CONGRESS_DRAFT_COMMENT", "2025-06-13"));

        // Proposals to take part in programmes.
        await admin.CreateAsync(Party.ProgrammeProposal, Party.ProposalInput("22327", "2025-02-20"));
        await admin.CreateAsync(Party.ProgrammeProposal, Party.ProposalInput("22333", "2025-02-21"));
        await admin.CreateAsync(Party.ProgrammeProposal, Party.ProposalInput("22333", "2025-10-21"));
        await admin.CreateAsync(Party.ProgrammeProposal, Party.ProposalInput("22408", "2024-12-01"));
        await admin.CreateAsync(Party.ProgrammeProposal, Party.ProposalInput("569", "2025-03-03"));

        // Branch heads who are not Party members.
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: true, introducedOn: "2025-06-01", fullName: "A"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: true, fullName: "B"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: false, fullName: "C"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2024-11-15", eligible: true, introducedOn: "2024-12-01", fullName: "D"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22330", "2025-03-01", eligible: true, introducedOn: "2025-09-09", fullName: "E"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22330", "2025-03-01", eligible: true, introducedOn: "2025-10-10", fullName: "F"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22408", "2025-01-15", eligible: true, introducedOn: "2025-05-05", fullName: "G"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22408", "2026-01-10", eligible: true, introducedOn: "2026-02-02", fullName: "H"));
        await admin.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22408", "2026-01-20", eligible: true, introducedOn: "2025-11-11", fullName: "I"));

        // Women cadres and congress documents.
        await admin.CreateAsync(Party.WomenCadreActivity, Party.ActivityInput("56", "2025-03-08"));
        await admin.CreateAsync(Party.WomenCadreActivity, Party.ActivityInput("569", "2025-04-08", "SEMINAR"));
        await admin.CreateAsync(Party.WomenCadreActivity, Party.ActivityInput("22327", "2025-05-08", "NETWORK"));
        await admin.CreateAsync(Party.CongressWomenContent, Party.CongressContentInput("568", "2025-07-20"));
        await admin.CreateAsync(Party.CongressWomenContent, Party.CongressContentInput("56", "2025-10-15"));
        await admin.CreateAsync(Party.CongressWomenContent, Party.CongressContentInput("22330", "2025-06-20"));

        // Dialogues.
        await admin.CreateAsync(Party.Dialogue, Party.DialogueInput("569", "2025-10-20"));
        await admin.CreateAsync(Party.Dialogue, Party.DialogueInput("56", "2025-10-20"));
        await admin.CreateAsync(Party.Dialogue, Party.DialogueInput("22333", "2025-10-21"));
    }

    internal static async Task<JsonArray> ProgressAsync(GraphQLClient client, string unitCode)
    {
        var data = await client.DataAsync(ProgressQuery, new { unit = unitCode });
        return data["plan"]!["progress"]!.AsArray();
    }

    internal static JsonNode Target(JsonArray progress, string code) =>
        progress.Single(p => p!["target"]!["code"]!.GetValue<string>() == code)!;

    internal static JsonNode Child(JsonNode progress, string unitCode) =>
        progress["children"]!.AsArray().Single(c => c!["unit"]!["code"]!.GetValue<string>() == unitCode)!;

    /// <summary>A coverage target at the unit: units meeting / units counted, and the percentage shown.</summary>
    internal static void AssertCoverage(JsonArray progress, string code, int meeting, int counted)
    {
        var target = Target(progress, code);
        Assert.Equal((meeting, counted), ((int)target["unitsMeeting"].Number(), (int)target["unitsCounted"].Number()));
        Assert.Equal(counted == 0 ? 0 : Math.Round(100.0 * meeting / counted, 4), target["actual"].Number());
    }

    internal static void AssertChild(JsonArray progress, string code, string childCode, int meeting, int counted)
    {
        var child = Child(Target(progress, code), childCode);
        Assert.Equal((meeting, counted), ((int)child["unitsMeeting"].Number(), (int)child["unitsCounted"].Number()));
    }
}
