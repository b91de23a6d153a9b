using System.Text.Json.Nodes;
using Modular.Testing;

namespace Modular.Modules.PartyBuilding.Tests;

/// <summary>The module's GraphQL documents, written once for all tests.</summary>
internal static class Party
{
    /// <summary>The record kinds: mutation suffix, input type, list field and the fields read back.</summary>
    public static readonly Kind Supervision = new("Supervision", "PartySupervisionInput", "supervisions", "id heldOn policy periodFrom periodTo findings recommendations followUp unit { code level }");
    public static readonly Kind DraftOpinion = new("DraftOpinion", "PartyDraftOpinionInput", "draftOpinions", "id sentOn kind draft issuedBy content takenUp unit { code }");
    public static readonly Kind Dialogue = new("Dialogue", "PartyDialogueInput", "dialogues", "id heldOn counterpart counterpartName issues commitments followUp unit { code }");
    public static readonly Kind BranchHead = new("BranchHead", "PartyBranchHeadInput", "branchHeads", "id listedOn fullName branch eligible trainedOn introducedOn unit { code }");
    public static readonly Kind WomenCadreActivity = new("WomenCadreActivity", "PartyWomenCadreActivityInput", "womenCadreActivities", "id heldOn kind title participants notes unit { code }");
    public static readonly Kind CongressWomenContent = new("CongressWomenContent", "PartyCongressWomenContentInput", "congressWomenContents", "id adoptedOn document content unit { code }");
    public static readonly Kind ProgrammeProposal = new("ProgrammeProposal", "PartyProgrammeProposalInput", "programmeProposals", "id proposedOn kind programme content accepted unit { code }");

    public static readonly IReadOnlyList<Kind> Kinds = [Supervision, DraftOpinion, Dialogue, BranchHead, WomenCadreActivity, CongressWomenContent, ProgrammeProposal];

    public static JsonObject SupervisionInput(string unitCode, string heldOn, string policy = "Chính sách hỗ trợ phụ nữ sinh con thứ hai") => new()
    {
        ["unitCode"] = unitCode,
        ["heldOn"] = heldOn,
        ["policy"] = policy,
        ["periodFrom"] = "2024-01-01",
        ["periodTo"] = "2024-12-31",
        ["findings"] = "Triển khai đúng đối tượng.",
        ["recommendations"] = "Tăng mức hỗ trợ.",
    };

    public static JsonObject OpinionInput(string unitCode, string kind, string sentOn, string draft = "Dự thảo Nghị quyết về chính sách dân số") => new()
    {
        ["unitCode"] = unitCode,
        ["kind"] = kind,
        ["sentOn"] = sentOn,
        ["draft"] = draft,
        ["issuedBy"] = "UBND tỉnh Khánh Hòa",
    };

    public static JsonObject DialogueInput(string unitCode, string heldOn) => new()
    {
        ["unitCode"] = unitCode,
        ["heldOn"] = heldOn,
        ["counterpart"] = "PEOPLES_COMMITTEE_CHAIRMAN",
        ["issues"] = "Việc làm cho phụ nữ sau sinh.",
        ["commitments"] = "Mở lớp dạy nghề.",
    };

    public static JsonObject BranchHeadInput(string unitCode, string listedOn, bool eligible, string? introducedOn = null, string fullName = "Nguyễn Thị Lan") => new()
    {
        ["unitCode"] = unitCode,
        ["listedOn"] = listedOn,
        ["fullName"] = fullName,
        ["branch"] = "Chi hội Tổ dân phố 3",
        ["eligible"] = eligible,
        ["introducedOn"] = introducedOn,
    };

    public static JsonObject ActivityInput(string unitCode, string heldOn, string kind = "TRAINING") => new()
    {
        ["unitCode"] = unitCode,
        ["heldOn"] = heldOn,
        ["kind"] = kind,
        ["title"] = "Tập huấn kỹ năng lãnh đạo cho cán bộ nữ",
        ["participants"] = 40,
    };

    public static JsonObject CongressContentInput(string unitCode, string adoptedOn) => new()
    {
        ["unitCode"] = unitCode,
        ["adoptedOn"] = adoptedOn,
        ["document"] = "Báo cáo chính trị Đại hội Đảng bộ",
        ["content"] = "Chỉ tiêu tỷ lệ nữ cấp ủy đạt 20%.",
    };

    public static JsonObject ProposalInput(string unitCode, string proposedOn) => new()
    {
        ["unitCode"] = unitCode,
        ["proposedOn"] = proposedOn,
        ["kind"] = "NATIONAL_TARGET_PROGRAMME",
        ["programme"] = "Chương trình MTQG xây dựng nông thôn mới",
    };

    /// <summary>Creates a record and returns it as read back.</summary>
    public static async Task<JsonNode> CreateAsync(this GraphQLClient client, Kind kind, JsonObject input)
    {
        var data = await client.DataAsync($"mutation($input: {kind.InputType}!) {{ party {{ create{kind.Name}(input: $input) {{ {kind.Fields} }} }} }}", new { input });
        return data["party"]![$"create{kind.Name}"]!;
    }

    /// <summary>Tries to create a record that must be refused; returns the error.</summary>
    public static Task<GraphQLError> CreateRefusedAsync(this GraphQLClient client, Kind kind, JsonObject input) =>
        client.ErrorAsync($"mutation($input: {kind.InputType}!) {{ party {{ create{kind.Name}(input: $input) {{ id }} }} }}", new { input });

    public static async Task<JsonNode> UpdateAsync(this GraphQLClient client, Kind kind, string id, JsonObject input)
    {
        var data = await client.DataAsync($"mutation($id: ID!, $input: {kind.InputType}!) {{ party {{ update{kind.Name}(id: $id, input: $input) {{ {kind.Fields} }} }} }}", new { id, input });
        return data["party"]![$"update{kind.Name}"]!;
    }

    public static Task<GraphQLError> UpdateRefusedAsync(this GraphQLClient client, Kind kind, string id, JsonObject input) =>
        client.ErrorAsync($"mutation($id: ID!, $input: {kind.InputType}!) {{ party {{ update{kind.Name}(id: $id, input: $input) {{ id }} }} }}", new { id, input });

    public static string Delete(Kind kind) => $"mutation($id: ID!) {{ party {{ delete{kind.Name}(id: $id) }} }}";

    public static string Single(Kind kind) => $"query($id: ID!) {{ party {{ {char.ToLowerInvariant(kind.Name[0])}{kind.Name[1..]}(id: $id) {{ {kind.Fields} }} }} }}";

    /// <summary>A list field's page: totalCount and items, with optional extra arguments such as <c>unitCode: "568"</c>.</summary>
    public static async Task<JsonNode> ListAsync(this GraphQLClient client, Kind kind, string arguments = "")
    {
        var args = arguments.Length == 0 ? "" : $"({arguments})";
        var data = await client.DataAsync($"{{ party {{ {kind.List}{args} {{ totalCount skip take items {{ {kind.Fields} }} }} }} }}");
        return data["party"]![kind.List]!;
    }

    public static string Id(this JsonNode record) => record["id"]!.GetValue<string>();

    public sealed record Kind(string Name, string InputType, string List, string Fields);
}
