using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>A base union running its member register: search, filters, paging, moves, ends and the one-person rule.</summary>
public sealed class MemberRegisterTests : IDisposable
{
    private const string VinhHoa = "22327";
    private const string VinhHai = "22330";
    private const string CamNghia = "22408";

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Search_finds_names_with_or_without_accents_and_filters_by_subtree_status_and_birth_year()
    {
        var commune = _factory.ClientFor(VinhHoa, Role.Reporter);
        await commune.CreateMemberAsync(VinhHoa, "Nguyễn Thị Lan", 1985, "2020-03-01");
        await commune.CreateMemberAsync(VinhHoa, "Nguyễn Thị Hồng", 1962, "2010-05-01");
        await commune.CreateMemberAsync(VinhHoa, "Trần Thị Nguyên", 1978, "2015-01-01");
        var thu = await commune.CreateMemberAsync(VinhHoa, "Đặng Thị Thu", 1990, "2018-01-01");
        await _factory.ClientFor(VinhHai, Role.Reporter).CreateMemberAsync(VinhHai, "Nguyễn Thị Bích", 1980, "2019-01-01");

        Assert.Equal((2, "Nguyễn Thị Hồng, Nguyễn Thị Lan"), await commune.MembersAsync(search: "Nguyen Thi"));
        Assert.Equal((2, "Nguyễn Thị Hồng, Nguyễn Thị Lan"), await commune.MembersAsync(search: "nguyễn thị"));
        Assert.Equal((3, "Nguyễn Thị Hồng, Nguyễn Thị Lan, Trần Thị Nguyên"), await commune.MembersAsync(search: "NGUYEN"));
        Assert.Equal((1, "Đặng Thị Thu"), await commune.MembersAsync(search: "dang thi"));
        Assert.Equal((2, "Nguyễn Thị Lan, Trần Thị Nguyên"), await commune.MembersAsync(birthYearFrom: 1970, birthYearTo: 1989));

        // The district sees both communes' registers; a commune only its own.
        var district = _factory.ClientFor("568", Role.Viewer);
        Assert.Equal(3, (await district.MembersAsync(search: "nguyen thi")).Total);
        Assert.Equal(1, (await district.MembersAsync(unitCode: VinhHai)).Total);
        Assert.Equal(4, (await commune.MembersAsync()).Total);

        // Paging keeps the total.
        var page = await commune.MembersAsync(take: 1);
        Assert.Equal((4, "Đặng Thị Thu"), page);

        await commune.EndMembershipAsync(thu, "DECEASED", "2025-06-01");
        Assert.Equal((1, "Đặng Thị Thu"), await commune.MembersAsync(status: "DECEASED"));
        Assert.Equal(3, (await commune.MembersAsync(status: "ACTIVE")).Total);
    }

    [Fact]
    public async Task A_member_moved_between_communes_keeps_her_history_and_is_on_one_register_only()
    {
        var commune = _factory.ClientFor(VinhHoa, Role.Reporter);
        var hoa = await commune.CreateMemberAsync(VinhHoa, "Trần Thị Hoa", 1990, "2025-05-10");

        // Nha Trang's officer cannot place her in Cam Ranh; the province can.
        var refused = await _factory.ClientFor("568", Role.Reporter).ErrorAsync(
            "mutation { organisation { moveMember(id: \"" + hoa + "\", toUnitCode: \"" + CamNghia + "\", date: \"2025-09-01\") { id } } }");
        Assert.Equal("FORBIDDEN", refused.Code);
        Assert.Equal(1, (await commune.MembersAsync()).Total);

        var moved = (await _factory.ClientFor("56", Role.Reporter).MoveMemberAsync(hoa, CamNghia, "2025-09-01"))["organisation"]!["moveMember"]!;
        Assert.Equal(CamNghia, moved["unit"]!["code"]!.GetValue<string>());
        var history = moved["history"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.Equal((VinhHoa, "2025-05-10", "2025-09-01", "JOINED", "MOVED_OUT"), Period(history[0]!));
        Assert.Equal((CamNghia, "2025-09-01", null, "MOVED_IN", null), Period(history[1]!));

        Assert.Equal(0, (await commune.MembersAsync()).Total);
        Assert.Equal((1, "Trần Thị Hoa"), await _factory.ClientFor(CamNghia, Role.Viewer).MembersAsync());
        Assert.Equal(1, (await _factory.ClientFor("56", Role.Viewer).MembersAsync(search: "tran thi hoa")).Total);

        // Her old commune can no longer read her personal data: to it she is a member it does not have.
        var hidden = await commune.ErrorAsync("query { organisation { member(id: \"" + hoa + "\") { fullName } } }");
        Assert.Equal("NOT_FOUND", hidden.Code);
    }

    [Fact]
    public async Task A_member_from_another_province_is_registered_from_the_day_she_moved_in()
    {
        var commune = _factory.ClientFor(CamNghia, Role.Reporter);
        var data = await commune.DataAsync(
            "mutation($input: OrganisationCreateMemberInput!) { organisation { createMember(input: $input) { joinedOn joinedUnit { code } history { unit { code } from startReason } } } }",
            new { input = new { unitCode = CamNghia, fullName = "Lò Thị Pha", birthYear = 1987, ethnicity = "Thái", joinedOn = "2012-03-08", movedInOn = "2025-06-01" } });

        var member = data["organisation"]!["createMember"]!;
        Assert.Equal("2012-03-08", member["joinedOn"]!.GetValue<string>());
        Assert.Null(member["joinedUnit"]);
        var stay = Assert.Single(member["history"]!.AsArray())!;
        Assert.Equal((CamNghia, "2025-06-01", "MOVED_IN"), (stay["unit"]!["code"]!.GetValue<string>(), stay["from"]!.GetValue<string>(), stay["startReason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_same_person_is_registered_once_while_active_in_a_unit()
    {
        var commune = _factory.ClientFor(VinhHoa, Role.Reporter);
        var lan = await commune.CreateMemberAsync(VinhHoa, "Nguyễn Thị Lan", 1985, "2020-03-01");

        var duplicate = await commune.CreateErrorAsync("Member", new { unitCode = VinhHoa, fullName = "  nguyen thi LAN ", birthYear = 1985, ethnicity = "Kinh", joinedOn = "2024-01-01" });
        Assert.Equal(("CONFLICT", "fullName"), (duplicate.Code, duplicate.Field));
        Assert.Contains("đã có trong danh sách hội viên", duplicate.Message);
        Assert.Equal(1, (await commune.MembersAsync()).Total);

        // Another birth year is another woman; the same woman may be on another unit's register.
        await commune.CreateMemberAsync(VinhHoa, "Nguyễn Thị Lan", 1987, "2021-03-01");
        await _factory.ClientFor(VinhHai, Role.Reporter).CreateMemberAsync(VinhHai, "Nguyễn Thị Lan", 1985, "2021-03-01");

        // Moving her where she is already active is refused, and nothing moves.
        var province = _factory.ClientFor("56", Role.Reporter);
        var move = await province.ErrorAsync("mutation { organisation { moveMember(id: \"" + lan + "\", toUnitCode: \"" + VinhHai + "\", date: \"2025-02-01\") { id } } }");
        Assert.Equal("CONFLICT", move.Code);
        Assert.Equal(2, (await commune.MembersAsync()).Total);

        // Once she has left, she may join again.
        await commune.EndMembershipAsync(lan, "LEFT", "2025-01-10");
        await commune.CreateMemberAsync(VinhHoa, "Nguyễn Thị Lan", 1985, "2025-03-01");
        Assert.Equal(2, (await commune.MembersAsync(status: "ACTIVE", search: "nguyen thi lan")).Total);
    }

    [Fact]
    public async Task Ending_a_membership_records_the_day_and_closes_the_register_entry()
    {
        var commune = _factory.ClientFor(VinhHoa, Role.Reporter);
        var mai = await commune.CreateMemberAsync(VinhHoa, "Lê Thị Mai", 1950, "2000-01-01");

        var ended = (await commune.EndMembershipAsync(mai, "DECEASED", "2025-04-02"))["organisation"]!["endMembership"]!;
        Assert.Equal(("DECEASED", "2025-04-02"), (ended["status"]!.GetValue<string>(), ended["endedOn"]!.GetValue<string>()));

        var again = await commune.ErrorAsync("mutation { organisation { endMembership(id: \"" + mai + "\", status: LEFT, date: \"2025-05-01\") { id } } }");
        Assert.Equal("CONFLICT", again.Code);
        var move = await _factory.ClientFor("56", Role.Reporter).ErrorAsync("mutation { organisation { moveMember(id: \"" + mai + "\", toUnitCode: \"" + VinhHai + "\", date: \"2025-05-01\") { id } } }");
        Assert.Equal("CONFLICT", move.Code);

        var data = await commune.DataAsync("query { organisation { member(id: \"" + mai + "\") { status endedOn history { to endReason } } } }");
        var member = data["organisation"]!["member"]!;
        Assert.Equal("2025-04-02", member["endedOn"]!.GetValue<string>());
        Assert.Equal("DECEASED", member["history"]![0]!["endReason"]!.GetValue<string>());

        // A member moving out of the province stays on her last commune's register as MOVED, with the day.
        var cuc = await commune.CreateMemberAsync(VinhHoa, "Phạm Thị Cúc", 1995, "2024-12-15");
        var moved = (await commune.EndMembershipAsync(cuc, "MOVED", "2025-07-01"))["organisation"]!["endMembership"]!;
        Assert.Equal(("MOVED", "2025-07-01"), (moved["status"]!.GetValue<string>(), moved["endedOn"]!.GetValue<string>()));
        Assert.Equal((1, "Phạm Thị Cúc"), await commune.MembersAsync(status: "MOVED"));
        Assert.Equal(0, (await commune.MembersAsync(status: "ACTIVE")).Total);
    }

    [Fact]
    public async Task Correcting_a_member_updates_the_search_and_keeps_her_history()
    {
        var commune = _factory.ClientFor(VinhHoa, Role.Reporter);
        var id = await commune.CreateMemberAsync(VinhHoa, "Nguyen Thi Lan", 1985, "2020-03-01");

        var data = await commune.DataAsync(
            "mutation($id: ID!, $input: OrganisationUpdateMemberInput!) { organisation { updateMember(id: $id, input: $input) { fullName religion branch joinedOn history { from } } } }",
            new { id, input = new { fullName = "Nguyễn Thị Lan", birthYear = 1985, ethnicity = "Kinh", religion = "Phật giáo", branch = "Chi hội Tổ 5", joinedOn = "2020-03-08" } });

        var member = data["organisation"]!["updateMember"]!;
        Assert.Equal("Nguyễn Thị Lan", member["fullName"]!.GetValue<string>());
        Assert.Equal("Chi hội Tổ 5", member["branch"]!.GetValue<string>());
        Assert.Equal("2020-03-08", member["history"]![0]!["from"]!.GetValue<string>());
        Assert.Equal((1, "Nguyễn Thị Lan"), await commune.MembersAsync(search: "thị lan"));
    }

    private static (string Unit, string From, string? To, string Start, string? End) Period(System.Text.Json.Nodes.JsonNode period) =>
        (period["unit"]!["code"]!.GetValue<string>(),
            period["from"]!.GetValue<string>(),
            period["to"]?.GetValue<string>(),
            period["startReason"]!.GetValue<string>(),
            period["endReason"]?.GetValue<string>());

    public void Dispose() => _factory.Dispose();
}
