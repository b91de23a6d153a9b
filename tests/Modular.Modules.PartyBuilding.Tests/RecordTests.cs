using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.PartyBuilding.Tests;

/// <summary>Writing, reading back, listing and deleting each kind of record.</summary>
public sealed class RecordTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task A_supervision_is_written_cleaned_read_back_updated_and_deleted()
    {
        var reporter = _factory.ClientFor("22330", Role.Reporter);
        var input = Party.SupervisionInput("22330", "2025-05-20", "  Chính sa\u0301ch hỗ trợ phụ nữ khởi nghiệp  ");
        input["followUp"] = "   ";
        var created = await reporter.CreateAsync(Party.Supervision, input);

        // Trimmed and composed (NFC); blank text is no text.
        Assert.Equal("Chính sách hỗ trợ phụ nữ khởi nghiệp", created["policy"]!.GetValue<string>());
        Assert.Null(created["followUp"]);
        Assert.Equal("2025-05-20", created["heldOn"]!.GetValue<string>());
        Assert.Equal("22330", created["unit"]!["code"]!.GetValue<string>());
        Assert.Equal("BASE", created["unit"]!["level"]!.GetValue<string>());

        var read = await reporter.DataAsync(Party.Single(Party.Supervision), new { id = created.Id() });
        Assert.Equal(created.ToJsonString(), read["party"]!["supervision"]!.ToJsonString());

        input["followUp"] = "UBND phường đã tăng mức hỗ trợ.";
        input["heldOn"] = "2025-06-01";
        var updated = await reporter.UpdateAsync(Party.Supervision, created.Id(), input);
        Assert.Equal(created.Id(), updated.Id());
        Assert.Equal("UBND phường đã tăng mức hỗ trợ.", updated["followUp"]!.GetValue<string>());
        Assert.Equal("2025-06-01", updated["heldOn"]!.GetValue<string>());

        var deleted = await reporter.DataAsync(Party.Delete(Party.Supervision), new { id = created.Id() });
        Assert.Equal(created.Id(), deleted["party"]!["deleteSupervision"]!.GetValue<string>());
        var gone = await reporter.ErrorAsync(Party.Single(Party.Supervision), new { id = created.Id() });
        Assert.Equal(("NOT_FOUND", "id"), (gone.Code, gone.Field));

        var again = await reporter.ErrorAsync(Party.Delete(Party.Supervision), new { id = created.Id() });
        Assert.Equal("NOT_FOUND", again.Code);
        Assert.Contains("cuộc giám sát", again.Message);
    }

    [Fact]
    public async Task Every_kind_of_record_can_be_written_read_and_deleted()
    {
        var manager = _factory.ClientFor("568", Role.Manager);
        JsonObject[] inputs =
        [
            Party.SupervisionInput("568", "2025-03-01"),
            Party.OpinionInput("568", "CRITICISM", "2025-03-01"),
            Party.DialogueInput("568", "2025-03-01"),
            Party.BranchHeadInput("22327", "2025-03-01", eligible: true, introducedOn: "2025-04-01"),
            Party.ActivityInput("568", "2025-03-01"),
            Party.CongressContentInput("568", "2025-03-01"),
            Party.ProposalInput("22327", "2025-03-01"),
        ];
        foreach (var (kind, input) in Party.Kinds.Zip(inputs))
        {
            var created = await manager.CreateAsync(kind, input);
            var read = await manager.DataAsync(Party.Single(kind), new { id = created.Id() });
            Assert.Equal(created.ToJsonString(), read["party"]!.AsObject().Single().Value!.ToJsonString());
            Assert.Equal(1, (await manager.ListAsync(kind))["totalCount"].Number());

            await manager.DataAsync(Party.Delete(kind), new { id = created.Id() });
            Assert.Equal(0, (await manager.ListAsync(kind))["totalCount"].Number());
        }
    }

    [Fact]
    public async Task Lists_page_filter_by_subtree_date_kind_and_search_without_accents()
    {
        var admin = _factory.ClientFor("56", Role.Admin);
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22327", "CRITICISM", "2025-01-10", "Dự thảo Quy định về bình đẳng giới"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("22327", "COMMENT", "2025-02-10"));
        await admin.CreateAsync(Party.DraftOpinion, Party.OpinionInput("568", "CONGRESS_DRAFT_COMMENT", "2025-03-10"));
        var taken = Party.OpinionInput("22408", "COMMENT", "2025-04-10");
        taken["takenUp"] = true;
        await admin.CreateAsync(Party.DraftOpinion, taken);

        // Newest first, paged with the total over all pages.
        var firstPage = await admin.ListAsync(Party.DraftOpinion, "skip: 0, take: 3");
        Assert.Equal(4, firstPage["totalCount"].Number());
        Assert.Equal(["2025-04-10", "2025-03-10", "2025-02-10"], firstPage["items"]!.AsArray().Select(i => i!["sentOn"]!.GetValue<string>()));
        var secondPage = await admin.ListAsync(Party.DraftOpinion, "skip: 3, take: 3");
        Assert.Equal(["2025-01-10"], secondPage["items"]!.AsArray().Select(i => i!["sentOn"]!.GetValue<string>()));

        Assert.Equal(3, (await admin.ListAsync(Party.DraftOpinion, "unitCode: \"568\""))["totalCount"].Number());
        Assert.Equal(2, (await admin.ListAsync(Party.DraftOpinion, "unitCode: \"22327\""))["totalCount"].Number());
        Assert.Equal(2, (await admin.ListAsync(Party.DraftOpinion, "from: \"2025-02-10\", to: \"2025-03-10\""))["totalCount"].Number());
        Assert.Equal(2, (await admin.ListAsync(Party.DraftOpinion, "kind: COMMENT"))["totalCount"].Number());
        Assert.Equal(1, (await admin.ListAsync(Party.DraftOpinion, "takenUp: true"))["totalCount"].Number());
        var found = await admin.ListAsync(Party.DraftOpinion, "search: \"binh dang GIOI\"");
        Assert.Equal("Dự thảo Quy định về bình đẳng giới", found["items"]![0]!["draft"]!.GetValue<string>());
        Assert.Equal(1, found["totalCount"].Number());

        var refused = await admin.ErrorAsync("{ party { draftOpinions(take: 500) { totalCount } } }");
        Assert.Equal(("VALIDATION", "take"), (refused.Code, refused.Field));
    }

    [Fact]
    public async Task Branch_heads_are_found_by_name_without_accents_and_filtered_by_eligibility_and_introduction()
    {
        var reporter = _factory.ClientFor("22327", Role.Reporter);
        await reporter.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: true, introducedOn: "2025-05-01", fullName: "Nguyễn Thị Lan"));
        await reporter.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: true, fullName: "Trần Thị Đào"));
        await reporter.CreateAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: false, fullName: "Lê Thị Hồng"));

        var lan = await reporter.ListAsync(Party.BranchHead, "search: \"nguyen thi lan\"");
        Assert.Equal(["Nguyễn Thị Lan"], lan["items"]!.AsArray().Select(i => i!["fullName"]!.GetValue<string>()));
        Assert.Equal(1, (await reporter.ListAsync(Party.BranchHead, "search: \"LAN  nguyễn\""))["totalCount"].Number());
        Assert.Equal(3, (await reporter.ListAsync(Party.BranchHead, "search: \"thi\""))["totalCount"].Number());
        var dao = await reporter.ListAsync(Party.BranchHead, "search: \"dao\"");
        Assert.Equal(["Trần Thị Đào"], dao["items"]!.AsArray().Select(i => i!["fullName"]!.GetValue<string>()));
        Assert.Equal(2, (await reporter.ListAsync(Party.BranchHead, "eligible: true"))["totalCount"].Number());
        Assert.Equal(1, (await reporter.ListAsync(Party.BranchHead, "introduced: true"))["totalCount"].Number());
        Assert.Equal(2, (await reporter.ListAsync(Party.BranchHead, "introduced: false"))["totalCount"].Number());
        Assert.Equal(1, (await reporter.ListAsync(Party.BranchHead, "eligible: true, introduced: false"))["totalCount"].Number());
    }

    [Fact]
    public async Task Other_lists_filter_by_their_kind()
    {
        var admin = _factory.ClientFor("56", Role.Admin);
        await admin.CreateAsync(Party.WomenCadreActivity, Party.ActivityInput("56", "2025-03-08", "TRAINING"));
        await admin.CreateAsync(Party.WomenCadreActivity, Party.ActivityInput("568", "2025-03-09", "NETWORK"));
        var chairman = Party.DialogueInput("568", "2025-05-01");
        var secretary = Party.DialogueInput("569", "2025-05-02");
        secretary["counterpart"] = "PARTY_COMMITTEE_HEAD";
        await admin.CreateAsync(Party.Dialogue, chairman);
        await admin.CreateAsync(Party.Dialogue, secretary);
        var accepted = Party.ProposalInput("22327", "2025-02-01");
        accepted["accepted"] = true;
        accepted["kind"] = "LOCAL_PROJECT";
        await admin.CreateAsync(Party.ProgrammeProposal, accepted);
        await admin.CreateAsync(Party.ProgrammeProposal, Party.ProposalInput("22330", "2025-02-02"));

        Assert.Equal("NETWORK", (await admin.ListAsync(Party.WomenCadreActivity, "kind: NETWORK"))["items"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal(1, (await admin.ListAsync(Party.WomenCadreActivity, "kind: NETWORK"))["totalCount"].Number());
        Assert.Equal("569", (await admin.ListAsync(Party.Dialogue, "counterpart: PARTY_COMMITTEE_HEAD"))["items"]![0]!["unit"]!["code"]!.GetValue<string>());
        Assert.Equal(1, (await admin.ListAsync(Party.Dialogue, "counterpart: PARTY_COMMITTEE_HEAD"))["totalCount"].Number());
        Assert.Equal(1, (await admin.ListAsync(Party.ProgrammeProposal, "accepted: true"))["totalCount"].Number());
        Assert.Equal(1, (await admin.ListAsync(Party.ProgrammeProposal, "kind: NATIONAL_TARGET_PROGRAMME"))["totalCount"].Number());
    }

    public void Dispose() => _factory.Dispose();
}
