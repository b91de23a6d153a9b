using System.Net;
using System.Net.Http.Headers;
using Modular.Testing;

namespace Modular.Reliability.Tests;

/// <summary>The built host started from any folder finds its settings and web files, and logs no SQL.</summary>
[Collection(Reliability.Collection)]
public sealed class HostFolderTests
{
    [Fact]
    public async Task Started_from_another_folder_the_host_serves_GraphiQL_and_logs_no_SQL()
    {
        var elsewhere = Reliability.NewDataDirectory();
        using var host = await HostProcess.StartAsync(Reliability.Sqlite(Path.Combine(elsewhere, "data")), workingDirectory: elsewhere);
        using var browser = Reliability.Client(host, null);
        browser.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var admin = Reliability.Admin(host);

        using var page = await browser.GetAsync("/graphql");
        using var script = await browser.GetAsync("/graphiql/graphiql.min.js");
        for (var i = 0; i < 5; i++)
        {
            await Reliability.DataAsync(admin, """{ plan(code: "223/KH-BTV") { progress(unitCode: "56") { actual } } }""");
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("graphiql", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("Executed DbCommand", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SELECT ", host.Output, StringComparison.Ordinal);
    }
}
