using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.PartyBuilding.Tests;

/// <summary>Each rule refuses with the field at fault and a Vietnamese message, and nothing is written.</summary>
public sealed class ValidationTests : IDisposable
{
    private static readonly string Tomorrow = DateOnly.FromDateTime(DateTime.Now).AddDays(2).ToString("yyyy-MM-dd");

    private readonly ProductFactory _factory = new();
    private readonly GraphQLClient _reporter;

    public ValidationTests() => _reporter = _factory.ClientFor("568", Role.Reporter);

    [Fact]
    public async Task Supervisions_are_refused_field_by_field()
    {
        await RefusedAsync(Party.Supervision, Party.SupervisionInput("568", "2025-05-01", "   "), "policy", "Cần nhập chính sách được giám sát.");
        await RefusedAsync(Party.Supervision, With(Party.SupervisionInput("568", "2025-05-01"), "policy", new string('x', 501)), "policy", "dài quá 500 ký tự");
        await RefusedAsync(Party.Supervision, Party.SupervisionInput("568", Tomorrow), "heldOn", "không được sau ngày hôm nay");
        await RefusedAsync(Party.Supervision, With(Party.SupervisionInput("568", "2025-05-01"), "periodTo", "2023-12-31"), "periodTo", "Kỳ giám sát phải kết thúc");
        await RefusedAsync(Party.Supervision, With(Party.SupervisionInput("568", "2025-05-01"), "periodFrom", "2025-06-01", "periodTo", "2025-07-01"), "periodFrom", "trước ngày giám sát");
        await RefusedAsync(Party.Supervision, With(Party.SupervisionInput("568", "2025-05-01"), "findings", new string('x', 4001)), "findings", "Kết quả giám sát dài quá 4000 ký tự.");
        await NothingWrittenAsync(Party.Supervision);
    }

    [Fact]
    public async Task Opinions_on_drafts_are_refused_field_by_field()
    {
        await RefusedAsync(Party.DraftOpinion, Party.OpinionInput("568", "COMMENT", "2025-05-01", ""), "draft", "Cần nhập tên dự thảo.");
        await RefusedAsync(Party.DraftOpinion, With(Party.OpinionInput("568", "COMMENT", "2025-05-01"), "issuedBy", " "), "issuedBy", "Cần nhập cơ quan ban hành dự thảo.");
        await RefusedAsync(Party.DraftOpinion, Party.OpinionInput("568", "CRITICISM", Tomorrow), "sentOn", "Ngày gửi ý kiến không được sau ngày hôm nay.");
        await NothingWrittenAsync(Party.DraftOpinion);
    }

    [Fact]
    public async Task Dialogues_are_refused_field_by_field()
    {
        await RefusedAsync(Party.Dialogue, With(Party.DialogueInput("568", "2025-05-01"), "issues", ""), "issues", "Cần nhập các vấn đề được nêu.");
        await RefusedAsync(Party.Dialogue, Party.DialogueInput("568", Tomorrow), "heldOn", "Ngày đối thoại không được sau ngày hôm nay.");
        await RefusedAsync(Party.Dialogue, With(Party.DialogueInput("568", "2025-05-01"), "counterpartName", new string('x', 201)), "counterpartName", "dài quá 200 ký tự");
        await NothingWrittenAsync(Party.Dialogue);
    }

    [Fact]
    public async Task Branch_heads_are_refused_field_by_field_and_belong_to_a_base_union()
    {
        await RefusedAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: false, introducedOn: "2025-03-01"), "introducedOn", "Chỉ giới thiệu phát triển đảng chi hội trưởng đủ điều kiện");
        await RefusedAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: true, fullName: "  "), "fullName", "Cần nhập họ tên chi hội trưởng.");
        await RefusedAsync(Party.BranchHead, With(Party.BranchHeadInput("22327", "2025-02-01", eligible: true), "branch", ""), "branch", "Cần nhập tên chi hội.");
        await RefusedAsync(Party.BranchHead, With(Party.BranchHeadInput("22327", "2025-02-01", eligible: true), "trainedOn", Tomorrow), "trainedOn", "Ngày bồi dưỡng không được sau ngày hôm nay.");
        await RefusedAsync(Party.BranchHead, Party.BranchHeadInput("22327", "2025-02-01", eligible: true, introducedOn: Tomorrow), "introducedOn", "Ngày giới thiệu không được sau ngày hôm nay.");
        await RefusedAsync(Party.BranchHead, Party.BranchHeadInput("568", "2025-02-01", eligible: true), "unitCode", "phải thuộc một cơ sở Hội hoặc chi hội");
        await NothingWrittenAsync(Party.BranchHead);
    }

    [Fact]
    public async Task Women_cadre_activities_and_congress_content_are_refused_field_by_field()
    {
        await RefusedAsync(Party.WomenCadreActivity, With(Party.ActivityInput("568", "2025-05-01"), "title", ""), "title", "Cần nhập tên hoạt động.");
        await RefusedAsync(Party.WomenCadreActivity, With(Party.ActivityInput("568", "2025-05-01"), "participants", -1), "participants", "Số người tham dự không được âm.");
        await RefusedAsync(Party.WomenCadreActivity, Party.ActivityInput("568", Tomorrow), "heldOn", "Ngày tổ chức không được sau ngày hôm nay.");
        await NothingWrittenAsync(Party.WomenCadreActivity);

        await RefusedAsync(Party.CongressWomenContent, With(Party.CongressContentInput("568", "2025-05-01"), "content", ""), "content", "Cần nhập nội dung liên quan đến phụ nữ");
        await RefusedAsync(Party.CongressWomenContent, With(Party.CongressContentInput("568", "2025-05-01"), "document", " "), "document", "Cần nhập tên văn kiện Đại hội Đảng.");
        await RefusedAsync(Party.CongressWomenContent, Party.CongressContentInput("568", Tomorrow), "adoptedOn", "Ngày thông qua văn kiện không được sau ngày hôm nay.");
        await NothingWrittenAsync(Party.CongressWomenContent);
    }

    [Fact]
    public async Task Programme_proposals_are_refused_field_by_field()
    {
        await RefusedAsync(Party.ProgrammeProposal, With(Party.ProposalInput("22327", "2025-05-01"), "programme", ""), "programme", "Cần nhập tên chương trình, đề án.");
        await RefusedAsync(Party.ProgrammeProposal, Party.ProposalInput("22327", Tomorrow), "proposedOn", "Ngày đề xuất không được sau ngày hôm nay.");
        await RefusedAsync(Party.ProgrammeProposal, With(Party.ProposalInput("22327", "2025-05-01"), "content", new string('x', 4001)), "content", "Nội dung đề xuất dài quá 4000 ký tự.");
        await NothingWrittenAsync(Party.ProgrammeProposal);
    }

    [Fact]
    public async Task An_unknown_unit_or_a_day_before_the_unit_existed_is_refused()
    {
        var unknown = await _reporter.CreateRefusedAsync(Party.Supervision, Party.SupervisionInput("99999", "2025-05-01"));
        Assert.Equal(("NOT_FOUND", "unitCode"), (unknown.Code, unknown.Field));
        // The seeded units are in force from 1 Nov 2024.
        var before = await _reporter.CreateRefusedAsync(Party.Supervision, With(Party.SupervisionInput("568", "2024-06-01"), "periodFrom", "2024-01-01", "periodTo", "2024-05-31"));
        Assert.Equal(("VALIDATION", "unitCode"), (before.Code, before.Field));
        await NothingWrittenAsync(Party.Supervision);
    }

    [Fact]
    public async Task A_refused_update_changes_nothing()
    {
        var created = await _reporter.CreateAsync(Party.Dialogue, Party.DialogueInput("568", "2025-05-01"));

        var refused = await _reporter.UpdateRefusedAsync(Party.Dialogue, created.Id(), With(Party.DialogueInput("569", "2025-06-01"), "issues", ""));
        Assert.Equal(("VALIDATION", "issues"), (refused.Code, refused.Field));
        var notFound = await _reporter.UpdateRefusedAsync(Party.Dialogue, "987654", Party.DialogueInput("568", "2025-06-01"));
        Assert.Equal(("NOT_FOUND", "id"), (notFound.Code, notFound.Field));

        var read = await _reporter.DataAsync(Party.Single(Party.Dialogue), new { id = created.Id() });
        Assert.Equal(created.ToJsonString(), read["party"]!["dialogue"]!.ToJsonString());
    }

    public void Dispose() => _factory.Dispose();

    private static JsonObject With(JsonObject input, string field, JsonNode? value, string? field2 = null, JsonNode? value2 = null)
    {
        input[field] = value;
        if (field2 is not null)
        {
            input[field2] = value2;
        }

        return input;
    }

    private async Task RefusedAsync(Party.Kind kind, JsonObject input, string field, string message)
    {
        var error = await _reporter.CreateRefusedAsync(kind, input);
        Assert.Equal(("VALIDATION", field), (error.Code, error.Field));
        Assert.Contains(message, error.Message);
    }

    // Checked by an admin of the province, who sees every unit's records.
    private async Task NothingWrittenAsync(Party.Kind kind) =>
        Assert.Equal(0, (await _factory.ClientFor("56", Role.Admin).ListAsync(kind))["totalCount"].Number());
}
