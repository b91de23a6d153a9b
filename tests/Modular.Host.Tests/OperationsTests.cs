using System.IdentityModel.Tokens.Jwt;
using System.Net;
using Microsoft.Extensions.Configuration;
using Modular.Host.Auth;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The small things an operator meets first: the token command and the browser's icon.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task The_token_command_signs_with_the_servers_key_without_opening_any_store()
    {
        var folder = Path.Combine(Path.GetTempPath(), "modular-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Sqlite:Directory"] = folder,
                ["Auth:SigningKey"] = ProductFactory.SigningKey,
            }).Build();
            var output = new StringWriter();

            var exit = TokenCommand.Run(configuration, ["--unit", "22330", "--role", "reporter", "--user", "Nguyễn Thị Lan"], output);

            Assert.Equal(0, exit);
            Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder) : []);
            var token = output.ToString().TrimEnd().Split('\n')[^1];
            using var factory = new ProductFactory();
            var client = new GraphQLClient(factory.CreateClient());
            client.Http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var data = await client.DataAsync("""{ unit(code: "22330") { name } }""");
            Assert.Equal("Hội LHPN Phường Vĩnh Hải", data["unit"]!["name"]!.GetValue<string>());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Without_a_signing_key_the_token_command_keeps_only_the_development_key_in_the_data_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "modular-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Sqlite:Directory"] = folder }).Build();
            var output = new StringWriter();

            Assert.Equal(0, TokenCommand.Run(configuration, ["--unit", "56", "--role", "admin"], output));

            Assert.Equal([AuthOptions.DevelopmentKeyFile], Directory.GetFiles(folder).Select(Path.GetFileName));
            Assert.Contains("development key", output.ToString(), StringComparison.Ordinal);
            var token = new JwtSecurityTokenHandler().ReadJwtToken(output.ToString().TrimEnd().Split('\n')[^1]);
            Assert.Equal("admin-56", token.Subject);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_browser_gets_a_favicon()
    {
        using var factory = new ProductFactory();

        using var response = await factory.CreateClient().GetAsync("/favicon.ico");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
    }
}
