using Modular.Shared.Access;
using Modular.Shared.Units;

namespace Modular.Host.Auth;

/// <summary>The <c>token</c> command: prints a signed token for a user, unit and role, as the last line of its output.</summary>
internal static class TokenCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args);

        if (!options.TryGetValue("unit", out var unit) || ProductClaims.ParseRole(options.GetValueOrDefault("role")) is not { } role)
        {
            Console.Error.WriteLine("Usage: token --unit <unit code> --role viewer|reporter|manager|admin [--user <name>] [--hours <lifetime>]");
            return 2;
        }

        await services.InitializeStoresAsync(cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            if (await TokenUnits.RefusalAsync(scope.ServiceProvider.GetRequiredService<UnitDirectory>(), unit, today, cancellationToken) is { } refusal)
            {
                Console.Error.WriteLine(refusal + " A token names one unit in force, e.g. --unit 56 for the province.");
                return 2;
            }
        }

        var user = options.GetValueOrDefault("user") ?? $"{role.ToString().ToLowerInvariant()}-{unit}";
        var hours = options.TryGetValue("hours", out var h) && double.TryParse(h, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 8;
        var auth = services.GetRequiredService<AuthOptions>();
        if (auth.IsDevelopmentKey)
        {
            Console.WriteLine($"Signed with the development key kept in the data folder ({AuthOptions.DevelopmentKeyFile}).");
        }

        Console.WriteLine($"Token for {user}, unit {unit}, role {role.ToString().ToLowerInvariant()}, valid {hours:0.##} hours:");
        Console.WriteLine(services.GetRequiredService<TokenIssuer>().Issue(user, unit, role, TimeSpan.FromHours(hours)));
        return 0;
    }
}
