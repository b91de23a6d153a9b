using Modular.Host;
using Modular.Host.Auth;
using Modular.Host.Demo;
using Modular.Host.Files;
using Modular.Host.GraphQL;
using Modular.Host.Limits;
using Modular.Host.Observability;
using Modular.Shared.Access;
using Modular.Shared.Storage;
using Modular.Web;

// "token --unit 56 --role admin [--user name] [--hours 8]" prints a signed token instead of starting the server;
// "add-user" creates an account, "seed-demo" writes demo data, "import" and "export" read and write files.
var command = args.FirstOrDefault() is { } first && !first.StartsWith('-') ? first : null;
var builder = WebApplication.CreateBuilder(HostStart.Options(command is null ? args : args[1..]));
builder.Configuration.AddDefaults();
if (command == "token")
{
    return TokenCommand.Run(builder.Configuration, args[1..], Console.Out);
}

builder.Services.AddModularHost(builder.Configuration);
var app = builder.Build();

switch (command)
{
    case "add-user":
        return await AddUserCommand.RunAsync(app.Services, args[1..], app.Lifetime.ApplicationStopping);
    case "seed-demo":
        return await SeedDemoCommand.RunAsync(app.Services, args[1..], app.Lifetime.ApplicationStopping);
    case "import":
        return await FileCommands.ImportAsync(app.Services, args[1..], Console.Out, app.Lifetime.ApplicationStopping);
    case "export":
        return await FileCommands.ExportAsync(app.Services, args[1..], Console.Out, app.Lifetime.ApplicationStopping);
    case not null:
        await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: token, add-user, seed-demo, import, export.");
        return 2;
}

await app.Services.InitializeStoresAsync(app.Lifetime.ApplicationStopping);

app.UseInternalErrorAnswers();
app.UseRequestLog();
app.UseStaticFiles();
app.UseAuthentication();
app.UseRateLimiter();
app.MapModularWeb();
app.MapGet("/health", async (IEnumerable<IModuleStore> stores, CancellationToken cancellationToken) =>
{
    var checks = new Dictionary<string, string>();
    foreach (var store in stores.OrderBy(s => s.Order).ThenBy(s => s.Key, StringComparer.Ordinal))
    {
        checks[store.Key] = await store.CanConnectAsync(cancellationToken) ? "ok" : "unreachable";
    }

    var healthy = checks.Values.All(v => v == "ok");
    return Results.Json(new { status = healthy ? "ok" : "unavailable", stores = checks }, statusCode: healthy ? 200 : 503);
});
app.MapObservability();
app.MapGraphQL();
app.MapFiles();
await app.RunAsync();
return 0;

/// <summary>The host's entry point, visible to the HTTP tests.</summary>
public partial class Program;
