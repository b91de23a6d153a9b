using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>Guessing tokens, hammering anonymously and writing in a loop are slowed down with 429 and Retry-After.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly ProductFactory _factory = new(new Dictionary<string, string?>
    {
        ["RateLimits:FailedSignInsPerMinute"] = "5",
        ["RateLimits:AnonymousRequestsPerMinute"] = "8",
        ["RateLimits:WritesPerMinute"] = "3",
    });

    [Fact]
    public async Task Failed_sign_ins_from_one_address_are_limited_while_a_valid_token_still_works()
    {
        var guesser = _factory.CreateClient();
        guesser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await guesser.PostAsJsonAsync("/graphql", new { query = "{ modules { key } }" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
                Assert.Contains("RATE_LIMITED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), statuses);
        await _factory.ClientFor("56", Role.Viewer).DataAsync("{ modules { key } }");
    }

    [Fact]
    public async Task Anonymous_requests_from_one_address_are_limited()
    {
        var anonymous = _factory.AnonymousClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await anonymous.SendAsync("{ __typename }")).Status);
        }

        Assert.Equal(8, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Writes_are_limited_per_user_and_a_refused_write_writes_nothing()
    {
        var lan = _factory.ClientFor("56", Role.Admin, "lan");
        var mai = _factory.ClientFor("56", Role.Admin, "mai");
        for (var i = 0; i < 3; i++)
        {
            await lan.DataAsync($$"""mutation { renameUnit(code: "22330", name: "Hội LHPN Phường Vĩnh Hải {{i}}") { name } }""");
        }

        var refused = await lan.SendAsync("""mutation { renameUnit(code: "22330", name: "Bốn") { name } }""");
        var other = await mai.DataAsync("""mutation { renameUnit(code: "22330", name: "Của Mai") { name } }""");
        var reads = await lan.DataAsync("""{ unit(code: "22330") { name } }""");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", Assert.Single(refused.Errors).Code);
        Assert.Equal("Của Mai", other["renameUnit"]!["name"]!.GetValue<string>());
        Assert.Equal("Của Mai", reads["unit"]!["name"]!.GetValue<string>());
    }

    public void Dispose() => _factory.Dispose();
}
