using Microsoft.Extensions.Configuration;

namespace Modular.Shared.Storage;

/// <summary>The database engine the stores run on.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the stores live: read from the <c>Storage</c> configuration section.</summary>
public sealed record StorageOptions(StorageProvider Provider, string SqliteDirectory, string? PostgresConnectionString)
{
    public static StorageOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Storage");
        var providerText = section["Provider"];
        StorageProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = StorageProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException($"Storage:Provider is '{providerText}'; use 'Sqlite' or 'Postgres'.");
        }

        var directory = section["Sqlite:Directory"];
        var connectionString = section["Postgres:ConnectionString"];
        if (provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:Provider is 'Postgres' but Storage:Postgres:ConnectionString is not set.");
        }

        return new StorageOptions(provider, string.IsNullOrWhiteSpace(directory) ? "data" : directory, connectionString);
    }

    /// <summary>The data folder, absolute, created if missing. It also keeps the development signing key.</summary>
    public string DataDirectory()
    {
        var path = Path.GetFullPath(SqliteDirectory);
        Directory.CreateDirectory(path);
        return path;
    }

    public string SqliteFile(string storeKey) => Path.Combine(DataDirectory(), $"{storeKey}.db");
}
