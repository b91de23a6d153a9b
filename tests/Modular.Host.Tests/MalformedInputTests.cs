using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>Whatever a clumsy client sends gets a 4xx with a JSON error that names the fault: never a 500, never an empty body.</summary>
public sealed class MalformedInputTests : IDisposable
{
    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Invalid_UTF8_in_the_body_is_400_naming_the_encoding()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"{ unit(code: \"X\") { name } }"}""");
        body[Array.IndexOf(body, (byte)'X')] = 0xFF;
        var (status, code) = await PostAsync(new ByteArrayContent(body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_UTF8", code);
    }

    [Theory]
    [InlineData("""{"query":"query($u: String!) { unit(code: $u) { name } }","variables":{"u":"\ud800"}}""")]
    [InlineData("""{"query":"query($u: String!) { unit(code: $u) { name } }","variables":{"u":"a\udc00b"}}""")]
    [InlineData("""{"query":"{ unit(code: \"\\ud800\") { name } }"}""")]
    [InlineData("""{"query":"{ unit(code: \"\ud83d\") { name } }"}""")]
    public async Task A_lone_surrogate_anywhere_is_400_naming_the_character(string json)
    {
        var (status, code) = await PostAsync(new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_UNICODE", code);
    }

    [Fact]
    public async Task A_whole_surrogate_pair_is_fine()
    {
        var (status, code) = await PostAsync(new StringContent("""{"query":"{ unit(code: \"\ud83d\ude00\") { name } }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(code);
    }

    [Fact]
    public async Task A_subscription_is_400_saying_it_is_not_supported()
    {
        var (status, code) = await PostAsync(Json("subscription { modules { key } }"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("SUBSCRIPTIONS_NOT_SUPPORTED", code);
    }

    [Fact]
    public async Task A_type_definition_is_not_a_request()
    {
        var (status, code) = await PostAsync(Json("type Query { a: Int }"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("NOT_EXECUTABLE", code);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("3000-01-01")]
    public async Task A_date_outside_1900_to_2999_is_refused_as_invalid_not_as_a_server_error(string day)
    {
        var response = await _factory.ClientFor("56", Role.Admin).SendAsync($$"""{ auditTrail(to: "{{day}}") { totalCount } }""");
        var viaVariable = await _factory.ClientFor("56", Role.Admin).SendAsync("query($d: Date) { auditTrail(from: $d) { totalCount } }", new { d = day });

        Assert.NotEqual("INTERNAL_SERVER_ERROR", Assert.Single(response.Errors).Code);
        Assert.Null(response.Data);
        Assert.NotEqual("INTERNAL_SERVER_ERROR", Assert.Single(viaVariable.Errors).Code);
        Assert.Contains(day, response.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("31/12/2999", viaVariable.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_and_last_accepted_days_work()
    {
        var data = await _factory.ClientFor("56", Role.Admin).DataAsync("""{ auditTrail(from: "1900-01-01", to: "2999-12-31") { totalCount } }""");

        Assert.True(data["auditTrail"]!["totalCount"].Number() >= 0);
    }

    [Theory]
    [InlineData(997, 3)]
    [InlineData(11, 3)]
    [InlineData(1, 201)]
    public async Task An_oversize_search_is_a_validation_error_on_search(int words, int letters)
    {
        var search = string.Join(' ', Enumerable.Range(0, words).Select(i => new string((char)('a' + (i % 26)), letters)));
        var error = await _factory.ClientFor("56", Role.Admin).ErrorAsync(
            "query($s: String) { organisation { members(search: $s) { totalCount } } }", new { s = search });

        Assert.Equal("VALIDATION", error.Code);
        Assert.Equal("search", error.Field);
    }

    [Fact]
    public async Task A_search_of_ten_words_runs()
    {
        var data = await _factory.ClientFor("56", Role.Admin).DataAsync(
            """{ organisation { members(search: "nguyễn thị lan anh hồng mai hoa thu hà vân") { totalCount } } }""");

        Assert.Equal(0, data["organisation"]!["members"]!["totalCount"].Number());
    }

    [Theory]
    [InlineData("""{"query":"{ modules { key } }","variables":[1]}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ modules { key } }","operationName":5}""", "BAD_REQUEST")]
    [InlineData("""[]""", "BAD_REQUEST")]
    [InlineData("""{"query":""}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ modules { key } }" """, "INVALID_JSON")]
    public async Task Malformed_request_bodies_are_400_with_a_code(string json, string expected)
    {
        var (status, code) = await PostAsync(new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(expected, code);
    }

    [Fact]
    public async Task Json_nested_beyond_its_limit_is_400()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        var (status, code) = await PostAsync(new StringContent($$"""{"query":"{ modules { key } }","variables":{{nested}}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_JSON", code);
    }

    [Fact]
    public async Task The_endpoint_answers_in_Vietnamese()
    {
        var client = Admin();
        using var response = await client.PostAsync("/graphql", new StringContent("{}", Encoding.UTF8, "text/plain"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Không nhận kiểu nội dung text/plain", text, StringComparison.Ordinal);
    }

    private static StringContent Json(string query) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

    private HttpClient Admin()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _factory.TokenFor("56", Role.Admin));
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
        return client;
    }

    /// <summary>The status and the first error's code; the body must be JSON in every case.</summary>
    private async Task<(HttpStatusCode Status, string? Code)> PostAsync(HttpContent content)
    {
        if (content.Headers.ContentType is null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Admin().PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        return (response.StatusCode, body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
    }

    public void Dispose() => _factory.Dispose();
}
