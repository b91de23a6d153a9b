using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Family.Tests;

/// <summary>Each rule refuses with the field at fault and a Vietnamese message, and nothing is written.</summary>
public sealed class FamilyValidationTests : IDisposable
{
    private const string Unit = "22330";

    private static readonly string Future = DateOnly.FromDateTime(DateTime.Now).AddDays(3).ToString("yyyy-MM-dd");

    private readonly ProductFactory _factory = new();

    private GraphQLClient Reporter => _factory.ClientFor(Unit, Role.Reporter);

    [Fact]
    public async Task Every_rule_refuses_with_its_field_and_writes_nothing()
    {
        var household = new { unitCode = Unit, standard = "FIVE_NO_THREE_CLEAN", householdHead = "Trần Thị Mai", village = "Tổ 5", confirmedOn = "2025-03-01" };
        await Refused("StandardHousehold", household with { unitCode = " " }, "unitCode");
        await Refused("StandardHousehold", household with { householdHead = "   " }, "householdHead");
        await Refused("StandardHousehold", household with { householdHead = new string('a', 201) }, "householdHead");
        await Refused("StandardHousehold", household with { village = "" }, "village");
        await Refused("StandardHousehold", household with { confirmedOn = Future }, "confirmedOn");
        await Refused("StandardHousehold", household with { confirmedOn = "1999-12-31" }, "confirmedOn");
        await Refused("StandardHousehold", household with { unitCode = "99999" }, "unitCode", "NOT_FOUND");

        var work = new { unitCode = Unit, name = "Đường hoa", registeredOn = "2025-03-01", carriedOutOn = (string?)"2025-05-01" };
        await Refused("CommunityWork", work with { name = " " }, "name");
        await Refused("CommunityWork", work with { registeredOn = Future, carriedOutOn = null }, "registeredOn");
        await Refused("CommunityWork", work with { carriedOutOn = "2025-02-28" }, "carriedOutOn");
        await Refused("CommunityWork", work with { carriedOutOn = Future }, "carriedOutOn");

        var victim = new { unitCode = Unit, caseCode = "VH-01", kind = "DOMESTIC_VIOLENCE", ageGroup = "FROM_16_TO_17", foundOn = "2025-03-01", supports = new[] { "COUNSELLING" } };
        await Refused("VictimCase", victim with { caseCode = "" }, "caseCode");
        await Refused("VictimCase", victim with { caseCode = "Nguyễn Thị Hoa" }, "caseCode");      // a name, not a code
        await Refused("VictimCase", victim with { caseCode = "079123456789-THE-CCCD-NUMBER-TOO-LONG" }, "caseCode");
        await Refused("VictimCase", victim with { foundOn = Future }, "foundOn");
        await Refused("VictimCase", victim with { supports = new[] { "SHELTER", "SHELTER" } }, "supports");

        var support = new { unitCode = Unit, womanCode = "KT-01", kind = "GIFT", supportedOn = "2025-03-01" };
        await Refused("DisabledWomanSupport", support with { womanCode = "KT 01" }, "womanCode");
        await Refused("DisabledWomanSupport", support with { supportedOn = Future }, "supportedOn");

        var sponsorship = new { unitCode = Unit, childCode = "MDD-01", sponsor = "Bà Lê Thị Hồng", monthlySupport = 500_000L, startedOn = "2024-12-01", endedOn = (string?)null };
        await Refused("Sponsorship", sponsorship with { childCode = " " }, "childCode");
        await Refused("Sponsorship", sponsorship with { sponsor = "" }, "sponsor");
        await Refused("Sponsorship", sponsorship with { monthlySupport = 0L }, "monthlySupport");
        await Refused("Sponsorship", sponsorship with { monthlySupport = 150_000_000L }, "monthlySupport");
        await Refused("Sponsorship", sponsorship with { startedOn = Future }, "startedOn");
        await Refused("Sponsorship", sponsorship with { endedOn = "2024-11-30" }, "endedOn");

        var form = new { unitCode = Unit, name = "Đội văn nghệ", kind = "CULTURE", startedOn = "2024-01-01", endedOn = (string?)null };
        await Refused("CultureSportsForm", form with { name = "" }, "name");
        await Refused("CultureSportsForm", form with { startedOn = Future }, "startedOn");
        await Refused("CultureSportsForm", form with { endedOn = "2023-12-31" }, "endedOn");
        await Refused("CultureSportsForm", form with { endedOn = Future }, "endedOn");

        var activity = new { unitCode = Unit, programme = "PROJECT_938", heldOn = "2025-03-08", topic = "Phòng chống xâm hại trẻ em", participants = 40 };
        await Refused("Activity", activity with { topic = " " }, "topic");
        await Refused("Activity", activity with { participants = 0 }, "participants");
        await Refused("Activity", activity with { heldOn = Future }, "heldOn");

        // A reporter of another district cannot write here; a viewer of the unit cannot write at all.
        var outsider = await _factory.ClientFor("22408", Role.Reporter).CreateErrorAsync("StandardHousehold", household);
        Assert.Equal("FORBIDDEN", outsider.Code);
        var viewer = await _factory.ClientFor(Unit, Role.Viewer).CreateErrorAsync("StandardHousehold", household);
        Assert.Equal("FORBIDDEN", viewer.Code);

        foreach (var list in new[] { "standardHouseholds", "communityWorks", "victimCases", "disabledWomanSupports", "sponsorships", "cultureSportsForms", "activities" })
        {
            Assert.True(await Reporter.CountAsync(list, Unit) == 0, $"{list} should be empty after refusals.");
        }

        // The valid inputs do go through.
        await Reporter.CreateAsync("StandardHousehold", household);
        await Reporter.CreateAsync("CommunityWork", work);
        await Reporter.CreateAsync("VictimCase", victim);
        await Reporter.CreateAsync("DisabledWomanSupport", support);
        await Reporter.CreateAsync("Sponsorship", sponsorship with { endedOn = "2030-12-31" }); // a planned end may lie ahead
        await Reporter.CreateAsync("CultureSportsForm", form);
        await Reporter.CreateAsync("Activity", activity);
    }

    [Fact]
    public async Task Case_codes_and_form_names_are_unique_within_a_unit_but_not_across_units()
    {
        var victim = new { unitCode = Unit, caseCode = "vh-01", kind = "DOMESTIC_VIOLENCE", ageGroup = "FROM_18_TO_59", foundOn = "2025-03-01", supports = Array.Empty<string>() };
        var id = await Reporter.CreateAsync("VictimCase", victim);
        var again = await Reporter.CreateErrorAsync("VictimCase", victim with { caseCode = " VH-01 " });
        Assert.Equal(("CONFLICT", "caseCode"), (again.Code, again.Field));
        Assert.Contains("VH-01", again.Message, StringComparison.Ordinal);
        await _factory.ClientFor("22327", Role.Reporter).CreateAsync("VictimCase", victim with { unitCode = "22327" });

        // Updating a case keeps its own code without a conflict.
        await Reporter.DataAsync(
            "mutation($id: ID!, $input: FamilyVictimCaseInput!) { family { updateVictimCase(id: $id, input: $input) { id } } }",
            new { id, input = victim with { supports = new[] { "LEGAL_AID" } } });

        var form = new { unitCode = Unit, name = "Đội Văn nghệ  Vĩnh Hải", kind = "CULTURE", startedOn = "2024-01-01" };
        await Reporter.CreateAsync("CultureSportsForm", form);
        var twin = await Reporter.CreateErrorAsync("CultureSportsForm", form with { name = "đội văn nghệ  vinh hai" });
        Assert.Equal(("CONFLICT", "name"), (twin.Code, twin.Field));
        Assert.Equal(1, await Reporter.CountAsync("victimCases", Unit));
        Assert.Equal(1, await Reporter.CountAsync("cultureSportsForms", Unit));
    }

    private async Task Refused(string kind, object input, string field, string code = "VALIDATION")
    {
        var error = await Reporter.CreateErrorAsync(kind, input);
        Assert.True(error.Code == code && error.Field == field, $"{kind}: expected {code} on {field}, got {error.Code} on {error.Field}: {error.Message}");
        Assert.Matches("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", error.Message.ToLowerInvariant());
    }

    public void Dispose() => _factory.Dispose();
}
