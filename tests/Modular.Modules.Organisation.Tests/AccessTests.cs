using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>Members and records are read and written only inside the caller's subtree, and not where the module is off.</summary>
public sealed class AccessTests : IDisposable
{
    private const string VinhHoa = "22327";
    private const string VinhHai = "22330";
    private const string CamNghia = "22408";

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task A_commune_cannot_read_or_write_another_communes_register_or_records()
    {
        var vinhHoa = _factory.ClientFor(VinhHoa, Role.Reporter);
        var lan = await vinhHoa.CreateMemberAsync(VinhHoa, "Nguyễn Thị Lan", 1985, "2020-03-01");
        var activity = await vinhHoa.CreateAsync("JointActivity", new { unitCode = VinhHoa, title = "Tuyên truyền", partners = "Công an", heldOn = "2025-04-01", participants = 30 });

        var vinhHai = _factory.ClientFor(VinhHai, Role.Reporter);
        Assert.Equal("FORBIDDEN", (await vinhHai.ErrorAsync("query { organisation { members(unitCode: \"" + VinhHoa + "\") { totalCount } } }")).Code);
        // Another commune's records by id are answered as missing ones, so that ids disclose nothing.
        Assert.Equal("NOT_FOUND", (await vinhHai.ErrorAsync("query($id: ID!) { organisation { member(id: $id) { fullName } } }", new { id = lan })).Code);
        Assert.Equal("NOT_FOUND", (await vinhHai.ErrorAsync("query($id: ID!) { organisation { jointActivity(id: $id) { title } } }", new { id = activity })).Code);
        Assert.Equal("FORBIDDEN", (await vinhHai.ErrorAsync("query { organisation { jointActivities(unitCode: \"568\") { totalCount } } }")).Code);
        Assert.Equal(0, (await vinhHai.MembersAsync(search: "nguyen")).Total);

        var write = await vinhHai.CreateErrorAsync("Member", new { unitCode = VinhHoa, fullName = "Trần Thị B", birthYear = 1990, ethnicity = "Kinh", joinedOn = "2025-01-01" });
        Assert.Equal("FORBIDDEN", write.Code);
        var update = await vinhHai.ErrorAsync(
            "mutation($id: ID!, $input: OrganisationUpdateMemberInput!) { organisation { updateMember(id: $id, input: $input) { id } } }",
            new { id = lan, input = new { fullName = "Đổi tên", birthYear = 1985, ethnicity = "Kinh", joinedOn = "2020-03-01" } });
        Assert.Equal("NOT_FOUND", update.Code);
        Assert.Equal("NOT_FOUND", (await vinhHai.ErrorAsync("mutation($id: ID!) { organisation { deleteJointActivity(id: $id) } }", new { id = activity })).Code);
        Assert.Equal("NOT_FOUND", (await vinhHai.ErrorAsync("mutation($id: ID!) { organisation { endMembership(id: $id, status: LEFT, date: \"2025-05-01\") { id } } }", new { id = lan })).Code);

        // Nothing changed: the district still sees one member, unchanged, and the activity.
        var district = _factory.ClientFor("568", Role.Viewer);
        Assert.Equal((1, "Nguyễn Thị Lan"), await district.MembersAsync(status: "ACTIVE"));
        Assert.Equal(1, await district.CountAsync("jointActivities", "568"));

        // Cam Ranh's district reads neither.
        var camRanh = _factory.ClientFor("569", Role.Viewer);
        Assert.Equal("NOT_FOUND", (await camRanh.ErrorAsync("query($id: ID!) { organisation { member(id: $id) { fullName } } }", new { id = lan })).Code);
    }

    [Fact]
    public async Task A_viewer_reads_her_subtree_but_cannot_write()
    {
        var viewer = _factory.ClientFor(CamNghia, Role.Viewer);

        var error = await viewer.CreateErrorAsync("Member", new { unitCode = CamNghia, fullName = "Hồ Thị Yến", birthYear = 1980, ethnicity = "Kinh", joinedOn = "2025-04-01" });

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal(0, (await viewer.MembersAsync()).Total);
    }

    [Fact]
    public async Task A_unit_with_the_module_off_refuses_writes_and_drops_out_of_coverage()
    {
        var province = _factory.ClientFor("56", Role.Reporter);
        await province.CreateAsync("NetworkedComputer", new { unitCode = VinhHoa, quantity = 1, installedOn = "2024-12-01" });
        var before = await province.ProgressAsync("568");
        Assert.Equal((1.0, 22.0), (before["2.8.2d"]["unitsMeeting"].Number(), before["2.8.2d"]["unitsCounted"].Number()));

        await _factory.ClientFor("56", Role.Admin).DataAsync(
            "mutation { switchModule(unitCode: \"" + VinhHai + "\", moduleKey: \"organisation\", enabled: false, effectiveFrom: \"2025-01-01\") { code } }");

        var record = await province.CreateErrorAsync("NetworkedComputer", new { unitCode = VinhHai, quantity = 1, installedOn = "2025-02-01" });
        Assert.Equal("MODULE_OFF", record.Code);
        var member = await province.CreateErrorAsync("Member", new { unitCode = VinhHai, fullName = "Võ Thị Hạnh", birthYear = 1988, ethnicity = "Kinh", joinedOn = "2025-02-01" });
        Assert.Equal("MODULE_OFF", member.Code);
        Assert.Equal(0, await province.CountAsync("networkedComputers", VinhHai));
        Assert.Equal(0, (await province.MembersAsync(unitCode: VinhHai)).Total);

        // Vĩnh Hải neither counts for nor against: Nha Trang 1 of 21, the province 1 of 131.
        var district = await province.ProgressAsync("568");
        Assert.Equal((1.0, 21.0), (district["2.8.2d"]["unitsMeeting"].Number(), district["2.8.2d"]["unitsCounted"].Number()));
        var whole = await province.ProgressAsync("56");
        Assert.Equal((1.0, 131.0), (whole["2.8.2d"]["unitsMeeting"].Number(), whole["2.8.2d"]["unitsCounted"].Number()));
    }

    public void Dispose() => _factory.Dispose();
}
