using System.Text;
using Modular.Shared;
using Modular.Shared.Accounts;
using Modular.Shared.Storage;

namespace Modular.Host.Auth;

/// <summary>
/// <c>add-user --user lan.nt --name "Nguyễn Thị Lan" --unit 56 --role admin</c>: creates an account, such as the first
/// province admin of a new data folder. The password is read from standard input (asked twice at a terminal), never
/// from the command line, where other users of the machine could see it.
/// </summary>
internal static class AddUserCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(args);
        if (!options.TryGetValue("user", out var userName) || !options.TryGetValue("unit", out var unit)
            || ProductClaims.ParseRole(options.GetValueOrDefault("role")) is not { } role)
        {
            await Console.Error.WriteLineAsync("Usage: add-user --user <user name> --unit <unit code> --role viewer|reporter|manager|admin [--name \"<full name>\"]  (password on standard input)");
            return 2;
        }

        var password = ReadPassword();
        if (password is null)
        {
            await Console.Error.WriteLineAsync("The two passwords differ; nothing was created.");
            return 2;
        }

        await services.InitializeStoresAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        try
        {
            var input = new CreateUserInput(userName, options.GetValueOrDefault("name") ?? userName, unit, role, password);
            var created = await scope.ServiceProvider.GetRequiredService<AccountCommands>().CreateAsync(input, cancellationToken);
            Console.WriteLine($"Created user {created.UserName} ({created.DisplayName}), unit {unit}, role {role.ToString().ToLowerInvariant()}. Sign in with this user name at the server's address.");
            return 0;
        }
        catch (DomainException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    /// <summary>One line from redirected input; at a terminal, asked twice without echo (null when the two differ).</summary>
    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        var first = Prompt("Password: ");
        return Prompt("Repeat the password: ") == first ? first : null;

        static string Prompt(string label)
        {
            Console.Write(label);
            var text = new StringBuilder();
            for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            {
                if (key.Key == ConsoleKey.Backspace)
                {
                    text.Length = Math.Max(0, text.Length - 1);
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    text.Append(key.KeyChar);
                }
            }

            Console.WriteLine();
            return text.ToString();
        }
    }
}
