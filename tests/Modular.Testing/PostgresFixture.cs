using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Modular.Testing;

/// <summary>
/// A real PostgreSQL for the tests that ask for one. <c>MODULAR_POSTGRES</c> names a server to use (CI starts one);
/// otherwise a throwaway cluster is started from the local PostgreSQL binaries. With neither, the tests are skipped
/// with the reason, unless <c>MODULAR_REQUIRE_POSTGRES=1</c>, which turns that into a failure. Which server the tests
/// use, or why they are skipped, is printed once per test project at normal verbosity (an xUnit diagnostic message).
/// </summary>
public sealed class PostgresFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string Collection = "PostgreSQL";

    private string? _clusterDirectory;
    private string? _binDirectory;

    /// <summary>The server's connection string, or null when there is none (see <see cref="SkipReason"/>).</summary>
    public string? ServerConnectionString { get; private set; }

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("MODULAR_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ServerConnectionString = configured;
            Report($"PostgreSQL tests use the server of MODULAR_POSTGRES ({new NpgsqlConnectionStringBuilder(configured) { Password = null }.Host}).");
            return;
        }

        _binDirectory = FindBinaries();
        if (_binDirectory is null)
        {
            SkipReason = "PostgreSQL tests skipped: no PostgreSQL here. Set MODULAR_POSTGRES to a server, or install PostgreSQL "
                + "(Debian: apt-get install postgresql) so that initdb and pg_ctl are on PATH, in PG_BIN or in /usr/lib/postgresql/<version>/bin.";
            if (Environment.GetEnvironmentVariable("MODULAR_REQUIRE_POSTGRES") == "1")
            {
                throw new InvalidOperationException(SkipReason);
            }

            Report(SkipReason);
            return;
        }

        _clusterDirectory = Path.Combine(Path.GetTempPath(), "modular-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_clusterDirectory);
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", $"postgres {_clusterDirectory}", asPostgres: false);
        }

        await RunAsync(Path.Combine(_binDirectory, "initdb"), $"-D {_clusterDirectory}/data -U postgres --auth=trust -E UTF8 --no-locale", asRoot);
        await RunAsync(
            Path.Combine(_binDirectory, "pg_ctl"),
            $"-D {_clusterDirectory}/data -l {_clusterDirectory}/log -w -o \"-p {port} -k {_clusterDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off\" start",
            asRoot);
        ServerConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
        Report($"PostgreSQL tests use a throwaway cluster from {_binDirectory} on port {port}.");
    }

    /// <summary>A new empty database on the server, for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        Skip.If(ServerConnectionString is null, SkipReason);
        var name = "test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_clusterDirectory is null || _binDirectory is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), $"-D {_clusterDirectory}/data -m immediate -w stop", Environment.UserName == "root");
        Directory.Delete(_clusterDirectory, recursive: true);
    }

    private void Report(string message) => diagnostics.OnMessage(new DiagnosticMessage(message));

    /// <summary>The folder holding initdb and pg_ctl: PG_BIN, then PATH, then the newest Debian install.</summary>
    private static string? FindBinaries()
    {
        static bool HasBinaries(string? directory) =>
            !string.IsNullOrEmpty(directory) && File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

        var fromEnvironment = Environment.GetEnvironmentVariable("PG_BIN");
        if (HasBinaries(fromEnvironment))
        {
            return fromEnvironment;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).FirstOrDefault(HasBinaries);
        if (onPath is not null)
        {
            return onPath;
        }

        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(HasBinaries)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // initdb refuses to run as root, so the cluster belongs to the postgres account when the tests run as root.
    private static async Task RunAsync(string file, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
