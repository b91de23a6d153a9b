using Modular.Shared.Access;
using Modular.Shared.Storage;

namespace Modular.Host.Auth;

/// <summary>
/// The <c>token</c> command: prints a signed token for a user, unit and role, as the last line of its output. It needs
/// only the sign-in settings, so it reads the configuration and starts nothing else: no stores, no modules.
/// </summary>
internal static class TokenCommand
{
    public static int Run(IConfiguration configuration, string[] args, TextWriter output)
    {
        var options = CommandOptions.Parse(args);

        if (!options.TryGetValue("unit", out var unit) || ProductClaims.ParseRole(options.GetValueOrDefault("role")) is not { } role)
        {
            Console.Error.WriteLine("Usage: token --unit <unit code> --role viewer|reporter|manager|admin [--user <name>] [--hours <lifetime>]");
            return 2;
        }

        if (unit.Contains('*', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(unit))
        {
            // No wildcard units: a token names one unit in force (an unknown or closed one is refused at sign-in).
            Console.Error.WriteLine($"'{unit}' is not a unit code. A token names one unit in force, e.g. --unit 56 for the province.");
            return 2;
        }

        var user = options.GetValueOrDefault("user") ?? $"{role.ToString().ToLowerInvariant()}-{unit}";
        var hours = options.TryGetValue("hours", out var h) && double.TryParse(h, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 8;
        var auth = AuthOptions.FromConfiguration(configuration, StorageOptions.FromConfiguration(configuration));
        if (auth.IsDevelopmentKey)
        {
            output.WriteLine($"Signed with the development key kept in the data folder ({AuthOptions.DevelopmentKeyFile}).");
        }

        output.WriteLine($"Token for {user}, unit {unit}, role {role.ToString().ToLowerInvariant()}, valid {hours:0.##} hours:");
        output.WriteLine(new TokenIssuer(auth, TimeProvider.System).Issue(user, unit, role, TimeSpan.FromHours(hours)));
        return 0;
    }
}
