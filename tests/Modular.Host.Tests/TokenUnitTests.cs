using System.Net;
using Microsoft.Extensions.Configuration;
using Modular.Host.Auth;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>A token names one unit in force: no wildcard reaches the whole province, no closed or unknown unit signs in.</summary>
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
        var write = await client.SendAsync("""mutation { economy { createStartup(input: { unitCode: "22330", name: "X", ownerName: "Y", startedOn: "2025-03-01" }) { id } } }""");

        foreach (var response in new[] { read, write })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors).Code);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task A_token_for_a_closed_unit_stops_working_when_the_unit_closes()
    {
        var reporter = _factory.ClientFor("22330", Role.Reporter);
        await reporter.DataAsync("{ modules { key } }");
        await _factory.ClientFor("56", Role.Admin).DataAsync("""mutation { closeUnit(code: "22330", validTo: "2025-06-30") { code } }""");

        var response = await reporter.SendAsync("{ modules { key } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("không còn hoạt động", response.Errors[0].Message, StringComparison.Ordinal);
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
