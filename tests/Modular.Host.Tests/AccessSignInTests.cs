using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>Who gets in: signed, unexpired tokens of this product only; anonymous callers get the health check, GraphiQL and a clear refusal.</summary>
public sealed class AccessSignInTests : IDisposable
{
    private const string ProgressQuery = """{ plan(code: "223/KH-BTV") { progress(unitCode: "56", asOf: "2025-06-30") { target { code } } } }""";

    private readonly AccessTestProduct _product = new();

    [Fact]
    public async Task Anonymous_caller_gets_the_health_check()
    {
        using var response = await _product.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_browser_gets_the_GraphiQL_page()
    {
        var client = _product.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_query_is_told_to_sign_in()
    {
        var response = await _product.AnonymousClient().SendAsync(ProgressQuery);

        AssertUnauthenticated(response);
        Assert.Contains("đăng nhập", response.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_for_a_missing_token_names_the_bearer_scheme()
    {
        using var response = await _product.CreateClient().PostAsJsonAsync("/graphql", new { query = "{ plans { code } }" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Anonymous_caller_may_introspect_the_schema_only()
    {
        var response = await _product.AnonymousClient().SendAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_write_is_refused_and_nothing_is_written()
    {
        var response = await _product.AnonymousClient().SendAsync(AccessTestProduct.ReportValue("22330", 5));

        AssertUnauthenticated(response);
        Assert.Empty(await _product.ReportedValuesAsync("22330"));
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        var now = DateTime.UtcNow;
        var token = Sign(ProductFactory.SigningKey, "hoi-lhpn-khanh-hoa", notBefore: now.AddHours(-3), expires: now.AddHours(-2));

        AssertUnauthenticated(await _product.ClientWithToken(token).SendAsync(ProgressQuery));
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_refused()
    {
        var token = Sign("another-signing-key-that-is-long-enough-for-hmac", "hoi-lhpn-khanh-hoa", DateTime.UtcNow, DateTime.UtcNow.AddHours(1));

        AssertUnauthenticated(await _product.ClientWithToken(token).SendAsync(ProgressQuery));
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused()
    {
        var token = Sign(ProductFactory.SigningKey, "someone-else", DateTime.UtcNow, DateTime.UtcNow.AddHours(1));

        AssertUnauthenticated(await _product.ClientWithToken(token).SendAsync(ProgressQuery));
    }

    [Fact]
    public async Task Unsigned_token_is_refused()
    {
        var token = new JsonWebTokenHandler().CreateToken(Descriptor("hoi-lhpn-khanh-hoa", DateTime.UtcNow, DateTime.UtcNow.AddHours(1), signing: null));

        AssertUnauthenticated(await _product.ClientWithToken(token).SendAsync(ProgressQuery));
    }

    [Fact]
    public async Task Token_that_is_not_a_token_is_refused()
    {
        AssertUnauthenticated(await _product.ClientWithToken("not-a-token").SendAsync(ProgressQuery));
    }

    [Fact]
    public async Task Signed_token_without_a_known_role_may_do_nothing()
    {
        var token = Sign(ProductFactory.SigningKey, "hoi-lhpn-khanh-hoa", DateTime.UtcNow, DateTime.UtcNow.AddHours(1), role: "viewer,reporter");

        var error = await _product.ClientWithToken(token).ErrorAsync(ProgressQuery);

        Assert.Equal("FORBIDDEN", error.Code);
    }

    [Fact]
    public async Task Valid_token_signs_in()
    {
        var data = await _product.ClientWithToken(_product.TokenFor("22330", Role.Viewer)).DataAsync(ProgressQuery);

        Assert.NotEmpty(data["plan"]!["progress"]!.AsArray());
    }

    private static void AssertUnauthenticated(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors).Code);
        Assert.Null(response.Data);
    }

    private static string Sign(string key, string issuer, DateTime notBefore, DateTime expires, string role = "admin") =>
        new JsonWebTokenHandler().CreateToken(Descriptor(
            issuer, notBefore, expires, new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256), role));

    private static SecurityTokenDescriptor Descriptor(string issuer, DateTime notBefore, DateTime expires, SigningCredentials? signing, string role = "admin") => new()
    {
        Issuer = issuer,
        Audience = "modular-api",
        IssuedAt = notBefore,
        NotBefore = notBefore,
        Expires = expires,
        Subject = new ClaimsIdentity([new Claim("sub", "intruder"), new Claim("unit", "56"), new Claim("role", role)]),
        SigningCredentials = signing,
    };

    public void Dispose() => _product.Dispose();
}
