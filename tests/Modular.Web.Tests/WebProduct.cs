using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Web.Tests;

/// <summary>The real host on Kestrel at a free port of this machine, on a fresh data folder, for a browser to reach.</summary>
public sealed class WebProduct : ProductFactory
{
    public const string Password = "Hoilhpn2025";

    public WebProduct()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    public string BaseUrl { get; }

    /// <summary>A province admin's API client (a token of the server's own, as the <c>token</c> command signs).</summary>
    public GraphQLClient Admin => ClientFor("56", Role.Admin, "admin-56");

    /// <summary>Creates an account through the API, as a province admin would.</summary>
    public async Task AddUserAsync(string userName, string unitCode, string role, string displayName = "Nguyễn Thị Lan")
    {
        await Admin.DataAsync(
            "mutation($u: String!, $n: String!, $unit: String!, $role: Role!, $p: String!) { createUser(input: { userName: $u, displayName: $n, unitCode: $unit, role: $role, password: $p }) { userName } }",
            new { u = userName, n = displayName, unit = unitCode, role, p = Password });
    }
}
