using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Auth;
using Modular.Shared.Access;

namespace Modular.Testing;

/// <summary>
/// The real host on a fresh SQLite data folder (or a given PostgreSQL database), with the seeded units and plan.
/// Each instance owns its data; dispose it to delete the folder.
/// </summary>
public class ProductFactory : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hmac-sha256";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="services">Extra services, e.g. an indicator provider of the test's own.</param>
    public ProductFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        DataDirectory = Path.Combine(Path.GetTempPath(), "modular-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Directory"] = DataDirectory,
            ["Auth:SigningKey"] = SigningKey,

            // Most tests are about the tree of the plan's issue; those about the July 2025 reorganisation ask for it.
            ["Seed:Reorganisation2025"] = "None",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>A client signed in as a user of the unit with the role.</summary>
    public GraphQLClient ClientFor(string unitCode, Role role, string? userName = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(unitCode, role, userName));
        return new GraphQLClient(client);
    }

    /// <summary>A client without a token.</summary>
    public GraphQLClient AnonymousClient() => new(CreateClient());

    public string TokenFor(string unitCode, Role role, string? userName = null) =>
        Services.GetRequiredService<TokenIssuer>().Issue(userName ?? $"{role.ToString().ToLowerInvariant()}-{unitCode}", unitCode, role, TimeSpan.FromHours(1));

    /// <summary>Writes the demo data of <c>seed-demo</c> (Khánh Hòa, seed 1) into this product's data folder.</summary>
    public async Task SeedDemoAsync()
    {
        StartServer();
        await Modular.Host.Demo.SeedDemoCommand.SeedAsync(Services, "province", 1, fullRegister: false, TextWriter.Null, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
