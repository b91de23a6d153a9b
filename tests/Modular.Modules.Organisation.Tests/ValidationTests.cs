using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>Each refusal names the field at fault, in Vietnamese, and writes nothing.</summary>
public sealed class ValidationTests(OrganisationFactory factory) : IClassFixture<OrganisationFactory>
{
    // The refused creates all aim at Vĩnh Hải; the other tests keep to Vĩnh Phước.
    private const string Refused = "22330";
    private const string Unit = "22333";

    private readonly OrganisationFactory _factory = factory;

    [Theory]
    [InlineData("Member", "members", """{"unitCode":"22330","fullName":"   ","birthYear":1985,"ethnicity":"Kinh","joinedOn":"2020-01-01"}""", "fullName", "Họ và tên hội viên không được để trống.")]
    [InlineData("Member", "members", """{"unitCode":"22330","fullName":"Lê Thị A","birthYear":1850,"ethnicity":"Kinh","joinedOn":"2020-01-01"}""", "birthYear", "Năm sinh phải từ 1900")]
    [InlineData("Member", "members", """{"unitCode":"22330","fullName":"Lê Thị A","birthYear":2020,"ethnicity":"Kinh","joinedOn":"2025-01-01"}""", "birthYear", "hội viên từ 18 tuổi trở lên")]
    [InlineData("Member", "members", """{"unitCode":"22330","fullName":"Lê Thị A","birthYear":1985,"ethnicity":"","joinedOn":"2020-01-01"}""", "ethnicity", "Dân tộc không được để trống.")]
    [InlineData("Member", "members", """{"unitCode":"22330","fullName":"Lê Thị A","birthYear":1985,"ethnicity":"Kinh","joinedOn":"2999-01-01"}""", "joinedOn", "Ngày vào Hội không được sau ngày hôm nay.")]
    [InlineData("Member", "members", """{"unitCode":"22330","fullName":"Lê Thị A","birthYear":1995,"ethnicity":"Kinh","joinedOn":"2010-01-01"}""", "joinedOn", "phải đủ 18 tuổi khi vào Hội")]
    [InlineData("Member", "members", """{"unitCode":"22330","fullName":"Lê Thị A","birthYear":1985,"ethnicity":"Kinh","joinedOn":"2020-01-01","movedInOn":"2019-12-31"}""", "movedInOn", "Ngày chuyển đến không được trước ngày vào Hội.")]
    [InlineData("Member", "members", """{"unitCode":" ","fullName":"Lê Thị A","birthYear":1985,"ethnicity":"Kinh","joinedOn":"2020-01-01"}""", "unitCode", "Chưa chọn đơn vị")]
    [InlineData("ActivityType", "activityTypes", """{"unitCode":"22330","kind":"CLUB","name":"","startedOn":"2025-01-01"}""", "name", "Tên loại hình hoạt động không được để trống.")]
    [InlineData("ActivityType", "activityTypes", """{"unitCode":"22330","kind":"CLUB","name":"CLB","startedOn":"2025-03-01","endedOn":"2025-03-01"}""", "endedOn", "Ngày ngừng hoạt động phải sau ngày bắt đầu.")]
    [InlineData("Model", "models", """{"unitCode":"22330","kind":"ONE_PLUS_ONE","name":"1+1","startedOn":"2025-01-01","participants":-1}""", "participants", "Số thành viên mô hình không được âm.")]
    [InlineData("Cadre", "cadres", """{"unitCode":"22330","fullName":"Lê Thị A","proficientInSoftware":true,"startedOn":"2999-01-01"}""", "startedOn", "Ngày bắt đầu công tác không được sau ngày hôm nay.")]
    [InlineData("BranchHead", "branchHeads", """{"unitCode":"22330","fullName":"Lê Thị A","branch":" ","startedOn":"2025-01-01"}""", "branch", "Tên chi hội không được để trống.")]
    [InlineData("BranchHead", "branchHeads", """{"unitCode":"22330","fullName":"Lê Thị A","branch":"Chi hội 1","startedOn":"2025-01-01","trainedOn":"2999-01-01"}""", "trainedOn", "Ngày được bồi dưỡng nghiệp vụ không được sau ngày hôm nay.")]
    [InlineData("JointActivity", "jointActivities", """{"unitCode":"22330","title":"Tuyên truyền","partners":"","heldOn":"2025-01-01","participants":10}""", "partners", "Cơ quan, ban ngành, đoàn thể phối hợp không được để trống.")]
    [InlineData("JointActivity", "jointActivities", """{"unitCode":"22330","title":"Tuyên truyền","partners":"Công an","heldOn":"2025-01-01","participants":-3}""", "participants", "Số người tham gia không được âm.")]
    [InlineData("CommunicationMaterial", "communicationMaterials", """{"unitCode":"22330","title":"","issuedOn":"2025-01-01","digitised":true,"postedOnline":true}""", "title", "Tên tài liệu không được để trống.")]
    [InlineData("CommunicationActivity", "communicationActivities", """{"unitCode":"22330","title":"Livestream","heldOn":"2999-01-01","onDigitalPlatform":true}""", "heldOn", "Ngày tổ chức không được sau ngày hôm nay.")]
    [InlineData("WebsiteCase", "websiteCases", """{"unitCode":"22330","summary":"Tư vấn","reportedOn":"2025-03-01","handledOn":"2025-02-01"}""", "handledOn", "Ngày tư vấn, hỗ trợ không được trước ngày tiếp nhận phản ánh.")]
    [InlineData("NetworkedComputer", "networkedComputers", """{"unitCode":"22330","quantity":0,"installedOn":"2025-01-01"}""", "quantity", "Số máy tính phải từ 1 trở lên.")]
    [InlineData("NetworkedComputer", "networkedComputers", """{"unitCode":"22330","quantity":1,"installedOn":"2025-01-01","retiredOn":"2024-12-01"}""", "retiredOn", "Ngày thanh lý phải sau ngày bắt đầu.")]
    [InlineData("DigitalTraining", "digitalTrainings", """{"unitCode":"22330","title":"Kỹ năng số","heldOn":"2025-01-01","participants":10,"ethnicMinorityParticipants":11}""", "ethnicMinorityParticipants", "không được lớn hơn tổng số phụ nữ tham gia")]
    public async Task A_refused_create_names_the_field_and_writes_nothing(string record, string list, string input, string field, string message)
    {
        var client = _factory.ClientFor(Refused, Role.Reporter);

        var error = await client.CreateErrorAsync(record, JsonNode.Parse(input)!);

        Assert.Equal(("VALIDATION", field), (error.Code, error.Field));
        Assert.Contains(message, error.Message);
        Assert.Equal(0, await _factory.ClientFor("56", Role.Viewer).CountAsync(list, Refused));
    }

    [Fact]
    public async Task Members_are_registered_at_base_unions_not_at_districts()
    {
        var error = await _factory.ClientFor("568", Role.Reporter).CreateErrorAsync("Member", new { unitCode = "568", fullName = "Lê Thị Quận", birthYear = 1985, ethnicity = "Kinh", joinedOn = "2020-01-01" });

        Assert.Equal(("VALIDATION", "unitCode"), (error.Code, error.Field));
        Assert.Contains("không quản lý hội viên", error.Message);
        Assert.Equal(0, (await _factory.ClientFor("568", Role.Viewer).MembersAsync(search: "le thi quan")).Total);
    }

    [Fact]
    public async Task An_unknown_unit_is_refused_with_its_code()
    {
        var error = await _factory.ClientFor("56", Role.Reporter).CreateErrorAsync("JointActivity", new { unitCode = "99999", title = "X", partners = "Y", heldOn = "2025-01-01", participants = 1 });

        Assert.Equal(("NOT_FOUND", "unitCode"), (error.Code, error.Field));
        Assert.Equal(0, await _factory.ClientFor("56", Role.Viewer).CountAsync("jointActivities", Refused));
    }

    [Fact]
    public async Task A_refused_update_leaves_the_record_as_it_was()
    {
        var client = _factory.ClientFor(Unit, Role.Reporter);
        var id = await client.CreateAsync("Cadre", new { unitCode = Unit, fullName = "Lê Thị A", proficientInSoftware = false, startedOn = "2024-11-15" });

        var error = await client.ErrorAsync(
            "mutation($id: ID!, $input: OrganisationCadreInput!) { organisation { updateCadre(id: $id, input: $input) { id } } }",
            new { id, input = new { unitCode = Unit, fullName = "Lê Thị B", proficientInSoftware = true, startedOn = "2025-01-01", endedOn = "2024-12-31" } });

        Assert.Equal(("VALIDATION", "endedOn"), (error.Code, error.Field));
        var data = await client.DataAsync("query($id: ID!) { organisation { cadre(id: $id) { fullName proficientInSoftware startedOn endedOn } } }", new { id });
        var cadre = data["organisation"]!["cadre"]!;
        Assert.Equal("Lê Thị A", cadre["fullName"]!.GetValue<string>());
        Assert.False(cadre["proficientInSoftware"]!.GetValue<bool>());
        Assert.Null(cadre["endedOn"]);
    }

    [Fact]
    public async Task Refused_member_changes_leave_the_register_and_history_as_they_were()
    {
        var client = _factory.ClientFor(Unit, Role.Reporter);
        var id = await client.CreateMemberAsync(Unit, "Lê Thị A", 1980, "2025-02-01");

        var update = await client.ErrorAsync(
            "mutation($id: ID!, $input: OrganisationUpdateMemberInput!) { organisation { updateMember(id: $id, input: $input) { id } } }",
            new { id, input = new { fullName = "Lê Thị B", birthYear = 1980, ethnicity = "Kinh", joinedOn = "2999-01-01" } });
        Assert.Equal(("VALIDATION", "joinedOn"), (update.Code, update.Field));

        var early = await _factory.ClientFor("56", Role.Reporter).ErrorAsync(
            "mutation($id: ID!) { organisation { moveMember(id: $id, toUnitCode: \"22327\", date: \"2025-01-15\") { id } } }", new { id });
        Assert.Equal(("VALIDATION", "date"), (early.Code, early.Field));
        Assert.Contains("Ngày chuyển sinh hoạt phải sau ngày 01/02/2025", early.Message);

        var future = await client.ErrorAsync("mutation($id: ID!) { organisation { endMembership(id: $id, status: LEFT, date: \"2999-01-01\") { id } } }", new { id });
        Assert.Equal(("VALIDATION", "date"), (future.Code, future.Field));

        var self = await client.ErrorAsync("mutation($id: ID!) { organisation { moveMember(id: $id, toUnitCode: \"22333\", date: \"2025-03-01\") { id } } }", new { id });
        Assert.Equal(("VALIDATION", "toUnitCode"), (self.Code, self.Field));

        var data = await client.DataAsync("query($id: ID!) { organisation { member(id: $id) { fullName status unit { code } history { from to } } } }", new { id });
        var member = data["organisation"]!["member"]!;
        Assert.Equal(("Lê Thị A", "ACTIVE", Unit), (member["fullName"]!.GetValue<string>(), member["status"]!.GetValue<string>(), member["unit"]!["code"]!.GetValue<string>()));
        Assert.Single(member["history"]!.AsArray());
        Assert.Null(member["history"]![0]!["to"]);
    }

}
