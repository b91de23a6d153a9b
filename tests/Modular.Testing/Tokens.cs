using Microsoft.Extensions.Configuration;
using Modular.Host.Auth;
using Modular.Shared.Access;

namespace Modular.Testing;

/// <summary>Tokens signed with the tests' key (<see cref="ProductFactory.SigningKey"/>), for hosts started as processes with that key.</summary>
public static class Tokens
{
    /// <summary>The settings that make a host accept these tokens.</summary>
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Auth:SigningKey"] = ProductFactory.SigningKey };

    public static string For(string unitCode, Role role, string? userName = null)
    {
        var options = AuthOptions.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:SigningKey"] = ProductFactory.SigningKey }).Build(),
            new Modular.Shared.Storage.StorageOptions(Modular.Shared.Storage.StorageProvider.Sqlite, Path.GetTempPath(), null));
        return new TokenIssuer(options, TimeProvider.System)
            .Issue(userName ?? $"{role.ToString().ToLowerInvariant()}-{unitCode}", unitCode, role, TimeSpan.FromHours(2));
    }
}
