using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.PartyBuilding.Tests;

/// <summary>Who may write and read which unit's records, and what switching the module off does.</summary>
public sealed class AccessTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task A_reporter_writes_only_inside_her_subtree()
    {
        var commune = _factory.ClientFor("22327", Role.Reporter);
        var district = _factory.ClientFor("568", Role.Reporter);
        var admin = _factory.ClientFor("56", Role.Admin);

        var sibling = await commune.CreateRefusedAsync(Party.Supervision, Party.SupervisionInput("22330", "2025-05-01"));
        Assert.Equal("FORBIDDEN", sibling.Code);
        var parent = await commune.CreateRefusedAsync(Party.Supervision, Party.SupervisionInput("568", "2025-05-01"));
        Assert.Equal("FORBIDDEN", parent.Code);
        var otherDistrict = await district.CreateRefusedAsync(Party.BranchHead, Party.BranchHeadInput("22408", "2025-05-01", eligible: true));
        Assert.Equal("FORBIDDEN", otherDistrict.Code);
        Assert.Equal(0, (await admin.ListAsync(Party.Supervision))["totalCount"].Number());
        Assert.Equal(0, (await admin.ListAsync(Party.BranchHead))["totalCount"].Number());

        // The district's reporter writes for a base union under it.
        var own = await district.CreateAsync(Party.Supervision, Party.SupervisionInput("22327", "2025-05-01"));
        var neighbour = await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("22330", "2025-05-02"));

        // Nor may she update or delete another unit's record (to her it is a missing one), or move her own record out of her subtree.
        var update = await commune.UpdateRefusedAsync(Party.Supervision, neighbour.Id(), Party.SupervisionInput("22327", "2025-05-02"));
        Assert.Equal("NOT_FOUND", update.Code);
        var delete = await commune.ErrorAsync(Party.Delete(Party.Supervision), new { id = neighbour.Id() });
        Assert.Equal("NOT_FOUND", delete.Code);
        var move = await commune.UpdateRefusedAsync(Party.Supervision, own.Id(), Party.SupervisionInput("22330", "2025-05-01"));
        Assert.Equal("FORBIDDEN", move.Code);

        var all = await admin.ListAsync(Party.Supervision);
        Assert.Equal(
            [("22330", neighbour.Id()), ("22327", own.Id())],
            all["items"]!.AsArray().Select(i => (i!["unit"]!["code"]!.GetValue<string>(), i.Id())));
    }

    [Fact]
    public async Task A_viewer_reads_but_does_not_write()
    {
        var viewer = _factory.ClientFor("568", Role.Viewer);
        var refused = await viewer.CreateRefusedAsync(Party.Dialogue, Party.DialogueInput("568", "2025-05-01"));
        Assert.Equal("FORBIDDEN", refused.Code);

        await _factory.ClientFor("568", Role.Reporter).CreateAsync(Party.Dialogue, Party.DialogueInput("568", "2025-05-01"));
        Assert.Equal(1, (await viewer.ListAsync(Party.Dialogue))["totalCount"].Number());
    }

    [Fact]
    public async Task A_reporter_reads_only_inside_her_subtree()
    {
        var admin = _factory.ClientFor("56", Role.Admin);
        var mine = await admin.CreateAsync(Party.ProgrammeProposal, Party.ProposalInput("22327", "2025-05-01"));
        var theirs = await admin.CreateAsync(Party.ProgrammeProposal, Party.ProposalInput("22330", "2025-05-01"));
        var commune = _factory.ClientFor("22327", Role.Reporter);

        var list = await commune.ListAsync(Party.ProgrammeProposal);
        Assert.Equal([mine.Id()], list["items"]!.AsArray().Select(i => i!.Id()));
        var wider = await commune.ErrorAsync("{ party { programmeProposals(unitCode: \"568\") { totalCount } } }");
        Assert.Equal("FORBIDDEN", wider.Code);
        var single = await commune.ErrorAsync(Party.Single(Party.ProgrammeProposal), new { id = theirs.Id() });
        Assert.Equal("NOT_FOUND", single.Code);

        var anonymous = await _factory.AnonymousClient().ErrorAsync("{ party { programmeProposals { totalCount } } }");
        Assert.Equal("UNAUTHENTICATED", anonymous.Code);
    }

    [Fact]
    public async Task With_the_module_off_a_unit_refuses_writes_and_drops_out_of_coverage()
    {
        var admin = _factory.ClientFor("56", Role.Admin);
        var supervision = await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("22327", "2025-05-01"));
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("22330", "2025-05-01"));
        await admin.CreateAsync(Party.Supervision, Party.SupervisionInput("569", "2025-05-01"));

        // Before: 2.7c at 568 has 2 of its 22 base unions meeting; 2.7a at the province 1 (569) of 10 units.
        var before = await ProgressTests.ProgressAsync(admin, "56");
        ProgressTests.AssertChild(before, "2.7c", "568", meeting: 2, counted: 22);
        ProgressTests.AssertCoverage(before, "2.7a", meeting: 1, counted: 10);

        await admin.DataAsync("""mutation { switchModule(unitCode: "22327", moduleKey: "party", enabled: false, effectiveFrom: "2025-01-01") { code } }""");
        await admin.DataAsync("""mutation { switchModule(unitCode: "569", moduleKey: "party", enabled: false, effectiveFrom: "2025-01-01") { code } }""");

        var write = await admin.CreateRefusedAsync(Party.Supervision, Party.SupervisionInput("22327", "2025-06-01"));
        Assert.Equal("MODULE_OFF", write.Code);
        // Off for 569 means off for its base unions too.
        var below = await admin.CreateRefusedAsync(Party.DraftOpinion, Party.OpinionInput("22408", "COMMENT", "2025-06-01"));
        Assert.Equal("MODULE_OFF", below.Code);
        var update = await admin.UpdateRefusedAsync(Party.Supervision, supervision.Id(), Party.SupervisionInput("22327", "2025-06-01"));
        Assert.Equal("MODULE_OFF", update.Code);
        Assert.Equal(3, (await admin.ListAsync(Party.Supervision))["totalCount"].Number());
        Assert.Equal(0, (await admin.ListAsync(Party.DraftOpinion))["totalCount"].Number());

        // After: 22327 neither counts for nor against 2.7c (1 of 21 at 568); 569 and its 15 base unions drop out:
        // 2.7a at the province 0 of 9, 2.7c at the province 1 (22330) of 132 - 1 - 15 = 116.
        var after = await ProgressTests.ProgressAsync(admin, "56");
        ProgressTests.AssertChild(after, "2.7c", "568", meeting: 1, counted: 21);
        ProgressTests.AssertCoverage(after, "2.7a", meeting: 0, counted: 9);
        ProgressTests.AssertCoverage(after, "2.7c", meeting: 1, counted: 116);
    }

    public void Dispose() => _factory.Dispose();
}
