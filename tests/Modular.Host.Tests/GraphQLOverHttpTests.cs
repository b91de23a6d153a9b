using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The endpoint as the GraphQL-over-HTTP spec and our users see it.</summary>
public sealed class GraphQLOverHttpTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    private HttpClient Client(string? accept = null)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.TokenFor("56", Role.Admin));
        if (accept is not null)
        {
            client.DefaultRequestHeaders.Accept.ParseAdd(accept);
        }

        return client;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Post_with_a_JSON_body_answers_in_the_negotiated_type_with_Vietnamese_as_UTF8()
    {
        using var response = await Client("application/graphql-response+json").PostAsync("/graphql", Json("""{"query":"{ unit(code: \"22330\") { name } }"}"""));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Contains("Hội LHPN Phường Vĩnh Hải", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_application_json_or_none_gets_application_json()
    {
        using var json = await Client("application/json").PostAsync("/graphql", Json("""{"query":"{ modules { key } }"}"""));
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        using var none = await Client().PostAsync("/graphql", Json("""{"query":"{ modules { key } }"}"""));
        Assert.Equal("application/json", none.Content.Headers.ContentType!.MediaType);
        using var unacceptable = await Client("text/csv").PostAsync("/graphql", Json("""{"query":"{ modules { key } }"}"""));
        Assert.Equal(HttpStatusCode.NotAcceptable, unacceptable.StatusCode);
    }

    [Fact]
    public async Task Get_runs_queries_and_refuses_mutations_with_405()
    {
        using var query = await Client().GetAsync("/graphql?query=" + Uri.EscapeDataString("{ modules { key } }"));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);

        using var mutation = await Client().GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { renameUnit(code: \"22330\", name: \"X\") { name } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Contains("POST", mutation.Content.Headers.Allow);
        var unit = await _factory.ClientFor("56", Role.Admin).DataAsync("""{ unit(code: "22330") { name } }""");
        Assert.Equal("Hội LHPN Phường Vĩnh Hải", unit["unit"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        using var response = await Client().PostAsync("/graphql", new StringContent("{ modules { key } }", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query":"{ modules { key "}""", "SYNTAX_ERROR")]
    [InlineData("""{"query":"{ noSuchField }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query": 42}""", "BAD_REQUEST")]
    [InlineData("""not json""", "INVALID_JSON")]
    public async Task Documents_that_fail_to_parse_or_validate_are_400_with_a_stable_code(string body, string code)
    {
        using var response = await Client("application/graphql-response+json").PostAsync("/graphql", Json(body));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"\"code\":\"{code}\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_fails_to_parse_is_200_for_application_json_clients()
    {
        using var response = await Client().PostAsync("/graphql", Json("""{"query":"{ modules { key "}"""));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"code\":\"SYNTAX_ERROR\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_deep_and_too_large_requests_are_refused()
    {
        var deep = "{ unit(code: \"56\") { " + string.Concat(Enumerable.Repeat("children { ", 20)) + "code" + new string('}', 21) + " }";
        using var tooDeep = await Client("application/graphql-response+json").PostAsync("/graphql", Json($$"""{"query":"{{deep.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);

        var padding = new string(' ', 300 * 1024);
        using var tooLarge = await Client().PostAsync("/graphql", Json($$"""{"query":"{ modules { key } {{padding}}"}"""));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task Internal_errors_are_masked_and_refusals_carry_a_stable_code()
    {
        var client = _factory.ClientFor("56", Role.Admin);
        var notFound = await client.ErrorAsync("""mutation { renameUnit(code: "00000", name: "X") { name } }""");
        Assert.Equal("NOT_FOUND", notFound.Code);
        Assert.Contains("00000", notFound.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_asking_for_HTML_gets_the_GraphiQL_page_served_from_the_host()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        using var page = await client.GetAsync("/graphql");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
        using var script = await client.GetAsync("/graphiql/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Health_is_200_when_every_store_answers()
    {
        using var response = await _factory.CreateClient().GetAsync("/health");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var store in ProductModules.Stores)
        {
            Assert.Contains($"\"{store}\":\"ok\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_is_503_when_a_store_does_not_answer()
    {
        _ = _factory.Server;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(_factory.DataDirectory, "economy.db");
        File.Delete(file);
        Directory.CreateDirectory(file); // a folder where the database file should be: SQLite cannot open it

        using var response = await _factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
