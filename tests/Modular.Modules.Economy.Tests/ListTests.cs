using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;
using static Modular.Modules.Economy.Tests.EconomyApi;

namespace Modular.Modules.Economy.Tests;

public sealed class ListTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Households_page_and_filter_by_unit_status_dates_and_accent_free_name()
    {
        var vinhHai = _factory.ClientFor("22330", Role.Reporter);
        var a = await vinhHai.CreateAsync("Household", Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "2024-03-01", exited: "2025-03-10"));
        var b = await vinhHai.CreateAsync("Household", Household("22330", "Trần Văn Nam", "Tổ 7", "2025-02-01"));
        var c = await vinhHai.CreateAsync("Household", Household("22330", "Lê Thị Thu", "Tổ 2", "2025-01-15", exited: "2025-10-10"));
        var d = await _factory.ClientFor("22408", Role.Reporter).CreateAsync("Household", Household("22408", "Nguyễn Thị Hoa", "Thôn Tân Hải", "2025-01-05"));
        var province = _factory.ClientFor("56", Role.Viewer);

        // Newest support first: B (01/02/2025), C (15/01/2025), D (05/01/2025), A (01/03/2024).
        Assert.Equal([b, c], await IdsAsync(province, "households(take: 2)", 4));
        Assert.Equal([d, a], await IdsAsync(province, "households(skip: 2, take: 2)", 4));
        Assert.Equal([c, a], await IdsAsync(province, "households(status: OUT_OF_POVERTY)", 2));
        Assert.Equal([c], await IdsAsync(province, """households(status: OUT_OF_POVERTY, from: "2025-06-01", to: "2025-12-31")""", 1));
        Assert.Equal([b, d], await IdsAsync(province, "households(status: SUPPORTED)", 2));
        Assert.Equal([b, c], await IdsAsync(province, """households(from: "2025-01-10", to: "2025-02-28")""", 2));
        Assert.Equal([d, a], await IdsAsync(province, """households(search: "nguyen thi HOA")""", 2));
        Assert.Equal([a], await IdsAsync(province, """households(unitCode: "568", search: "nguyen thi hoa")""", 1));
        Assert.Equal([d], await IdsAsync(province, """households(search: "tan hai")""", 1));

        var one = await province.DataAsync(
            "query($id: ID!) { economy { household(id: $id) { id unit { code name level } headName village statusAtStart supportStartedOn support exitedPovertyOn } } }",
            new { id = a });
        var household = one["economy"]!["household"]!;
        Assert.Equal("22330", household["unit"]!["code"]!.GetValue<string>());
        Assert.Equal("BASE", household["unit"]!["level"]!.GetValue<string>());
        Assert.Equal("Nguyễn Thị Hoa", household["headName"]!.GetValue<string>());
        Assert.Equal("POOR", household["statusAtStart"]!.GetValue<string>());
        Assert.Equal("2025-03-10", household["exitedPovertyOn"]!.GetValue<string>());

        Assert.Equal(("VALIDATION", "take"), await ErrorOf(province, "{ economy { households(take: 0) { totalCount } } }"));
        Assert.Equal(("NOT_FOUND", "unitCode"), await ErrorOf(province, """{ economy { households(unitCode: "12345") { totalCount } } }"""));
    }

    [Fact]
    public async Task The_other_lists_filter_by_their_kinds_and_text_is_stored_clean()
    {
        var client = _factory.ClientFor("22330", Role.Reporter);
        var lan = await client.CreateAsync("Entrepreneur", Entrepreneur("22330", "  Nguyễn Thị Lan ", 1985, "2025-03-01", businessKind: "ENTERPRISE"));
        await client.CreateAsync("Entrepreneur", Entrepreneur("22330", "Trần Thị Mai", 1978, "2025-04-01"));
        var coop = await client.CreateAsync("Cooperative", Cooperative("22330", "HTX Nông nghiệp Vĩnh Hải", "2025-04-01", 10, 2));
        await client.CreateAsync("Cooperative", Cooperative("22330", "Tổ hợp tác may", "2025-05-01", 5, 3, kind: "COOPERATIVE_GROUP"));
        var banh = await client.CreateAsync("Startup", Startup("22330", "Bánh tráng Vĩnh Hải", "Nguyễn Thị Hạnh", "2025-03-03"));
        await client.CreateAsync("Startup", Startup("22330", "Mứt dừa", "Lê Thị Xuân", "2025-04-04"));
        var bank = await client.CreateAsync("Loan", Loan("22330", "Nguyễn Thị Hạnh", 30_000_000, "2025-02-02"));
        await client.CreateAsync("Loan", Loan("22330", "Lê Thị Xuân", 10_000_000, "2025-03-02", "SAVINGS_GROUP"));

        Assert.Equal([lan], await IdsAsync(client, "entrepreneurs(businessKind: ENTERPRISE)", 1));
        Assert.Equal([lan], await IdsAsync(client, """entrepreneurs(search: "nguyen thi lan")""", 1));
        Assert.Equal([coop], await IdsAsync(client, "cooperatives(kind: COOPERATIVE)", 1));
        Assert.Equal([banh], await IdsAsync(client, """startups(search: "hanh")""", 1));
        Assert.Equal([bank], await IdsAsync(client, "loans(source: SOCIAL_POLICY_BANK)", 1));
        Assert.Equal([bank], await IdsAsync(client, """loans(to: "2025-02-28")""", 1));

        var data = await client.DataAsync("query($id: ID!) { economy { entrepreneur(id: $id) { fullName birthYear businessKind support supportedOn } } }", new { id = lan });
        Assert.Equal("Nguyễn Thị Lan", data["economy"]!["entrepreneur"]!["fullName"]!.GetValue<string>());
        var loan = await client.DataAsync("query($id: ID!) { economy { loan(id: $id) { amount source } } }", new { id = bank });
        Assert.Equal(30_000_000, loan["economy"]!["loan"]!["amount"].Number());
    }

    [Fact]
    public async Task Records_are_updated_and_deleted()
    {
        var client = _factory.ClientFor("568", Role.Reporter);
        var id = await client.CreateAsync("Cooperative", Cooperative("22330", "HTX Nông nghiệp Vĩnh Hải", "2025-04-01", 10, 0));
        Assert.Equal(0, (await client.ProgressAsync("568"))["2.2c"]["numerator"].Number());

        // A woman joins the management and the cooperative moves to the neighbouring ward's records.
        var updated = await client.DataAsync(
            "mutation($id: ID!, $input: EconomyCooperativeInput!) { economy { updateCooperative(id: $id, input: $input) { id unit { code } womenInManagement } } }",
            new { id, input = Cooperative("22327", "HTX Nông nghiệp Vĩnh Hải", "2025-04-01", 10, 1) });
        Assert.Equal("22327", updated["economy"]!["updateCooperative"]!["unit"]!["code"]!.GetValue<string>());
        Assert.Equal(1, (await client.ProgressAsync("22327"))["2.2c"]["numerator"].Number());
        Assert.Equal(0, (await client.ProgressAsync("22330"))["2.2c"]["numerator"].Number());

        var deleted = await client.DataAsync("mutation($id: ID!) { economy { deleteCooperative(id: $id) } }", new { id });
        Assert.Equal(id, deleted["economy"]!["deleteCooperative"]!.ToString());
        Assert.Equal(0, (await client.CountsAsync("568"))["cooperatives"]);
        Assert.Equal(0, (await client.ProgressAsync("568"))["2.2c"]["numerator"].Number());
        Assert.Equal("NOT_FOUND", (await client.ErrorAsync("query($id: ID!) { economy { cooperative(id: $id) { id } } }", new { id })).Code);
    }

    private static async Task<List<string>> IdsAsync(GraphQLClient client, string list, int totalCount)
    {
        var data = await client.DataAsync($"{{ economy {{ {list} {{ totalCount items {{ id }} }} }} }}");
        var page = ((JsonObject)data["economy"]!).Single().Value!;
        Assert.Equal(totalCount, page["totalCount"].Number());
        return page["items"]!.AsArray().Select(i => i!["id"]!.ToString()).ToList();
    }

    private static async Task<(string?, string?)> ErrorOf(GraphQLClient client, string query)
    {
        var error = await client.ErrorAsync(query);
        return (error.Code, error.Field);
    }

    public void Dispose() => _factory.Dispose();
}
