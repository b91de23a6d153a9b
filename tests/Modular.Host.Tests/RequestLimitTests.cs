using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>No document can make the host work long or answer big: every phase of a request has a limit, and an
/// unknown caller is refused before any of them is spent.</summary>
public sealed class RequestLimitTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    /// <summary>Fragments each spreading the next twice: 2^levels fields once expanded, from a document of a few hundred bytes.</summary>
    public static string FragmentBomb(int levels) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{levels} on Query {{ modules {{ key }} }}";

    /// <summary>The same field, with different arguments, under one response name: every pair conflicts.</summary>
    public static string RepeatedFieldBomb(int count) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"unit(code: \"{i}\") {{ name }} ")) + "}";

    /// <summary>The same field under as many aliases.</summary>
    public static string AliasBomb(int count) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"u{i}: unit(code: \"{i}\") {{ name }} ")) + "}";

    /// <summary>A chain of fragments, each spreading the next once.</summary>
    public static string FragmentChain(int count) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, count).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} "))
        + $"fragment F{count} on Query {{ modules {{ key }} }}";

    [Theory]
    [InlineData(30)]
    [InlineData(24)]
    public async Task A_fragment_bomb_is_refused_before_it_is_expanded_with_or_without_a_token(int levels)
    {
        foreach (var client in new[] { Anonymous(), Admin() })
        {
            using var response = await PostAsync(client, FragmentBomb(levels));
            var error = await SingleErrorAsync(response);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("TOO_MANY_FIELDS", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Contains("2000", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Repeating_one_response_name_is_refused_with_a_small_answer()
    {
        using var response = await PostAsync(Admin(), RepeatedFieldBomb(600));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("TOO_MANY_REPEATS", text, StringComparison.Ordinal);
        Assert.True(text.Length < 1_000, $"{text.Length} bytes");
    }

    [Fact]
    public async Task Hundreds_of_aliases_are_refused()
    {
        using var response = await PostAsync(Admin(), AliasBomb(600));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("TOO_MANY_ALIASES", (await SingleErrorAsync(response))["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_token_a_document_is_answered_401_before_validation_whatever_it_holds()
    {
        // 150 aliased fields that each conflict with none: within every limit, so only sign-in can refuse it.
        using var response = await PostAsync(Anonymous(), AliasBomb(150));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Contains("UNAUTHENTICATED", text, StringComparison.Ordinal);
        Assert.Single(JsonNode.Parse(text)!["errors"]!.AsArray());
    }

    [Theory]
    [InlineData(150, "TOO_MANY_FRAGMENTS")]
    [InlineData(2_000, "TOO_MANY_TOKENS")]
    public async Task A_long_fragment_chain_is_refused_by_its_size(int fragments, string code)
    {
        using var response = await PostAsync(Anonymous(), FragmentChain(fragments));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await SingleErrorAsync(response))["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fragment_that_spreads_itself_is_refused()
    {
        using var response = await PostAsync(Admin(), "{ ...A } fragment A on Query { modules { key } ...B } fragment B on Query { ...A }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("FRAGMENT_CYCLE", (await SingleErrorAsync(response))["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Too_many_tokens_and_too_deep_nesting_are_refused()
    {
        using var tokens = await PostAsync(Admin(), "{ " + string.Concat(Enumerable.Repeat("__typename ", 10_001)) + "}");
        Assert.Equal(HttpStatusCode.BadRequest, tokens.StatusCode);
        Assert.Equal("TOO_MANY_TOKENS", (await SingleErrorAsync(tokens))["extensions"]!["code"]!.GetValue<string>());

        var deepArgument = string.Concat(Enumerable.Repeat("{a: ", 200)) + "1" + new string('}', 200);
        using var deep = await PostAsync(Admin(), $"{{ unit(code: {deepArgument}) {{ name }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Equal("DOCUMENT_TOO_DEEP", (await SingleErrorAsync(deep))["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_answer_lists_at_most_a_hundred_errors_and_counts_the_rest()
    {
        var document = "{ " + string.Concat(Enumerable.Range(0, 150).Select(i => $"noSuchField{i} ")) + "}";
        using var response = await PostAsync(Admin(), document);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();

        Assert.Equal(101, errors.Count);
        Assert.Equal("TOO_MANY_ERRORS", errors[100]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("50", errors[100]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_larger_than_the_limit_is_replaced_by_an_error_saying_so()
    {
        using var small = new ProductFactory(new Dictionary<string, string?> { ["GraphQL:MaxResponseBytes"] = "2048" });
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", small.TokenFor("56", Role.Admin));

        using var response = await PostAsync(client, "{ units { code name placeName } }");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("RESPONSE_TOO_LARGE", text, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(text) <= 2048);
    }

    [Fact]
    public async Task Documents_beyond_the_concurrent_executions_wait_their_turn_and_every_one_is_answered()
    {
        using var single = new ProductFactory(new Dictionary<string, string?> { ["GraphQL:MaxConcurrentExecutions"] = "1" });
        var client = single.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", single.TokenFor("56", Role.Admin));
        using var first = await PostAsync(client, "{ units { code } }");
        var expected = await first.Content.ReadAsStringAsync();

        // Failing documents among them: a turn is given back whatever the answer.
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var response = await PostAsync(client, i % 3 == 0 ? "{ units(parentCode: \"99999\") { code } }" : "{ units { code } }");
            return (i, response.StatusCode, Text: await response.Content.ReadAsStringAsync());
        }));
        using var after = await PostAsync(client, "{ units { code } }");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers.Where(a => a.i % 3 != 0), a => Assert.Equal(expected, a.Text));
        Assert.All(answers.Where(a => a.i % 3 == 0), a => Assert.Contains("\"NOT_FOUND\"", a.Text, StringComparison.Ordinal));
        Assert.Equal(expected, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_limits_are_settings()
    {
        using var strict = new ProductFactory(new Dictionary<string, string?> { ["GraphQL:MaxFields"] = "3" });
        var client = strict.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", strict.TokenFor("56", Role.Admin));

        using var within = await PostAsync(client, "{ modules { key name } }");
        using var beyond = await PostAsync(client, "{ modules { key name description } }");

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
    }

    private HttpClient Anonymous() => _factory.CreateClient();

    private HttpClient Admin()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.TokenFor("56", Role.Admin));
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query)
    {
        var body = JsonSerializer.Serialize(new { query });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await client.SendAsync(request);
    }

    private static async Task<JsonNode> SingleErrorAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return Assert.Single(JsonNode.Parse(text)!["errors"]!.AsArray())!;
    }

    public void Dispose() => _factory.Dispose();
}
