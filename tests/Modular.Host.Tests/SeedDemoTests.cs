using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

[Collection(DemoDataCollection.Name)]
public sealed class SeedDemoTests(DemoDataProduct demo)
{
    [Fact]
    public async Task After_seed_demo_a_new_user_sees_progress_in_every_module_and_a_second_run_writes_nothing()
    {
        var factory = demo.Factory;
        var first = demo.FirstRun;
        var again = demo.SecondRun;

        Assert.NotNull(first);
        Assert.True(first.Value.Records > 250_000, $"{first.Value.Records} records"); // Khánh Hòa's 265,753 members and a year of work
        Assert.Null(again);

        var data = await factory.ClientFor("56", Role.Viewer).DataAsync("""
            { plan(code: "223/KH-BTV") { progress(unitCode: "56") { target { code module { key } } actual unitsMeeting } } }
            """);
        var progress = data["plan"]!["progress"]!.AsArray();
        foreach (var module in new[] { "economy", "family", "party", "organisation" })
        {
            Assert.Contains(progress, p => p!["target"]!["module"]!["key"]!.GetValue<string>() == module && p["actual"].Number() > 0);
        }

        var members = progress.Single(p => p!["target"]!["code"]!.GetValue<string>() == "2.5a")!;
        Assert.InRange(members["actual"].Number(), 5_000, 6_000); // about 5,500 new members, as the plan expects
        var coverage = progress.Single(p => p!["target"]!["code"]!.GetValue<string>() == "2.5b")!;
        Assert.InRange(coverage["unitsMeeting"].Number(), 1, 131); // most base unions gather 60% of the women, not all
    }
}
