using System.Net;
using Microsoft.Extensions.Configuration;
using Modular.Host.Auth;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>A token names one unit of the register: no wildcard reaches the whole province, no unknown unit signs in, a closed unit only reads.</summary>
public sealed class TokenUnitTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Theory]
    [InlineData("*")]
    [InlineData("99999")]
    [InlineData("")]
    public async Task A_token_for_a_unit_that_is_not_one_is_refused_at_sign_in(string unit)
    {
        var client = _factory.ClientFor(unit, Role.Reporter);

        var read = await client.SendAsync("""{ organisation { members(take: 1) { totalCount } } }""");
        var write = await client.SendAsync("""mutation { economy { createHousehold(input: { unitCode: "22330", headName: "Hộ Lan", village: "Tổ 1", statusAtStart: POOR, supportStartedOn: "2025-01-10", support: LOAN }) { id } } }""");

        foreach (var response in new[] { read, write })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors).Code);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task A_token_for_a_closed_unit_keeps_reading_its_history_and_writes_nothing()
    {
        var reporter = _factory.ClientFor("22330", Role.Reporter);
        const string Confirm = """mutation($head: String!) { family { createStandardHousehold(input: { unitCode: "22330", standard: FIVE_NO_THREE_CLEAN, householdHead: $head, village: "Tổ 1", confirmedOn: "2025-03-01" }) { id } } }""";
        await reporter.DataAsync(Confirm, new { head = "Lê Thị Lan" });
        await _factory.ClientFor("56", Role.Admin).DataAsync("""mutation { closeUnit(code: "22330", validTo: "2025-06-30") { code } }""");

        var read = await reporter.DataAsync("{ family { standardHouseholds { totalCount } } }");
        var write = await reporter.SendAsync(Confirm, new { head = "Phạm Thị Mai" });

        Assert.Equal(1, read["family"]!["standardHouseholds"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("FORBIDDEN", Assert.Single(write.Errors).Code);
        Assert.Equal(1, (await reporter.DataAsync("{ family { standardHouseholds { totalCount } } }"))["family"]!["standardHouseholds"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("5*")]
    [InlineData(" ")]
    public void The_token_command_refuses_a_wildcard(string unit)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:SigningKey"] = ProductFactory.SigningKey, ["Storage:Sqlite:Directory"] = _factory.DataDirectory })
            .Build();

        var exitCode = TokenCommand.Run(configuration, ["--unit", unit, "--role", "reporter"], TextWriter.Null);

        Assert.Equal(2, exitCode);
    }

    public void Dispose() => _factory.Dispose();
}
