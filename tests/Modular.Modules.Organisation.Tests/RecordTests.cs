using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>The other records' create, read, update, delete and date-range lists.</summary>
public sealed class RecordTests(OrganisationFactory factory) : IClassFixture<OrganisationFactory>
{
    [Fact]
    public async Task A_record_is_created_corrected_moved_within_the_subtree_and_deleted()
    {
        var district = factory.ClientFor("570", Role.Reporter);
        var id = await district.CreateAsync("JointActivity", new { unitCode = "22435", title = "  Tuyen truyen ", partners = "Công an xã", heldOn = "2025-03-01", participants = 40 });

        var updated = await district.DataAsync(
            "mutation($id: ID!, $input: OrganisationJointActivityInput!) { organisation { updateJointActivity(id: $id, input: $input) { id title partners heldOn participants unit { code name level } } } }",
            new { id, input = new { unitCode = "22438", title = "Tuyên truyền pháp luật", partners = "Công an xã, Đoàn thanh niên", heldOn = "2025-03-02", participants = 45 } });
        var activity = updated["organisation"]!["updateJointActivity"]!;
        Assert.Equal(id, activity["id"]!.ToString());
        Assert.Equal(("Tuyên truyền pháp luật", 45.0, "22438", "BASE"), (activity["title"]!.GetValue<string>(), activity["participants"].Number(), activity["unit"]!["code"]!.GetValue<string>(), activity["unit"]!["level"]!.GetValue<string>()));
        Assert.Equal(0, await district.CountAsync("jointActivities", "22435"));
        Assert.Equal(1, await district.CountAsync("jointActivities", "22438"));

        var deleted = await district.DataAsync("mutation($id: ID!) { organisation { deleteJointActivity(id: $id) } }", new { id });
        Assert.Equal(id, deleted["organisation"]!["deleteJointActivity"]!.ToString());
        Assert.Equal(0, await district.CountAsync("jointActivities", "570"));
        var gone = await district.ErrorAsync("query($id: ID!) { organisation { jointActivity(id: $id) { id } } }", new { id });
        Assert.Equal(("NOT_FOUND", "id"), (gone.Code, gone.Field));
    }

    [Fact]
    public async Task Lists_show_the_latest_first_and_only_what_happened_or_was_in_place_in_a_range()
    {
        var commune = factory.ClientFor("22441", Role.Reporter);
        await commune.CreateAsync("DigitalTraining", new { unitCode = "22441", title = "Tập huấn 12/2024", heldOn = "2024-12-10", participants = 10, ethnicMinorityParticipants = 0 });
        await commune.CreateAsync("DigitalTraining", new { unitCode = "22441", title = "Tập huấn 3/2025", heldOn = "2025-03-10", participants = 12, ethnicMinorityParticipants = 2 });
        await commune.CreateAsync("DigitalTraining", new { unitCode = "22441", title = "Tập huấn 9/2025", heldOn = "2025-09-10", participants = 15, ethnicMinorityParticipants = 3 });
        await commune.CreateAsync("ActivityType", new { unitCode = "22441", kind = "SPORT", name = "Bóng chuyền", startedOn = "2024-12-01", endedOn = "2025-06-01" });
        await commune.CreateAsync("ActivityType", new { unitCode = "22441", kind = "FOLK_DANCE", name = "Dân vũ", startedOn = "2025-02-01" });

        var trainings = await commune.DataAsync("{ organisation { digitalTrainings(from: \"2025-01-01\", to: \"2025-12-31\") { totalCount items { title } } } }");
        var page = trainings["organisation"]!["digitalTrainings"]!;
        Assert.Equal(2, page["totalCount"]!.GetValue<int>());
        Assert.Equal(["Tập huấn 9/2025", "Tập huấn 3/2025"], page["items"]!.AsArray().Select(t => t!["title"]!.GetValue<string>()));

        // The volleyball team was kept up until 01/06/2025: in place in the first half of 2025, not the second.
        var firstHalf = await commune.DataAsync("{ organisation { activityTypes(from: \"2025-01-01\", to: \"2025-05-31\") { totalCount } } }");
        Assert.Equal(2, firstHalf["organisation"]!["activityTypes"]!["totalCount"]!.GetValue<int>());
        var secondHalf = await commune.DataAsync("{ organisation { activityTypes(from: \"2025-06-01\", to: \"2025-12-31\") { items { name kind } } } }");
        var kept = Assert.Single(secondHalf["organisation"]!["activityTypes"]!["items"]!.AsArray());
        Assert.Equal(("Dân vũ", "FOLK_DANCE"), (kept!["name"]!.GetValue<string>(), kept["kind"]!.GetValue<string>()));

        var backwards = await commune.ErrorAsync("{ organisation { activityTypes(from: \"2025-06-01\", to: \"2025-01-01\") { totalCount } } }");
        Assert.Equal(("VALIDATION", "from"), (backwards.Code, backwards.Field));
    }
}
