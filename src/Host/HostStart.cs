namespace Modular.Host;

/// <summary>Where the host finds its settings and web files, and what it logs, before any configuration is read.</summary>
internal static class HostStart
{
    /// <summary>
    /// The content root is the folder of the host's own assembly, so appsettings.json and wwwroot are found wherever
    /// the host is started from; <c>--contentRoot</c> or ASPNETCORE_CONTENTROOT still choose another.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var told = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return new WebApplicationOptions { Args = args, ContentRootPath = told ? null : AppContext.BaseDirectory };
    }

    /// <summary>
    /// Defaults under every configuration source: SQL statements are not logged unless a setting asks, not even those
    /// that fail (a refused duplicate is answered as a conflict, an unexpected failure is logged with its exception).
    /// </summary>
    public static void AddDefaults(this ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
            },
        });
}
