using System.Net;
using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>A request with several writes keeps all of them or none, in one store or across stores, and says which.</summary>
public sealed class AllOrNothingTests : IDisposable
{
    private const string TwoStartups = """
        mutation {
          mine: economy { createStartup(input: { unitCode: "22330", name: "Tiệm may Hoa", ownerName: "Trần Thị Hoa", supportedOn: "2025-03-01" }) { id } }
          theirs: economy { createStartup(input: { unitCode: "22333", name: "Quán cơm Lan", ownerName: "Lê Thị Lan", supportedOn: "2025-03-01" }) { id } }
        }
        """;

    private readonly AccessTestProduct _product = new();

    [Fact]
    public async Task A_refused_second_field_undoes_the_first_and_the_answer_says_nothing_was_kept()
    {
        var before = await _product.WritesAsync();

        var response = await _product.ClientFor("22330", Role.Reporter).SendAsync(TwoStartups);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data);
        Assert.Contains(response.Errors, e => e.Code == "FORBIDDEN");
        Assert.Contains(response.Errors, e => e.Code == "ROLLED_BACK");
        Assert.Equal(0, await StartupsAsync("22330"));
        Assert.Equal(before, await _product.WritesAsync());
    }

    [Fact]
    public async Task A_failure_in_another_store_undoes_the_writes_of_the_first()
    {
        var before = await _product.WritesAsync();

        var response = await _product.ClientFor("22330", Role.Reporter).SendAsync($$"""
            mutation {
              economy { createStartup(input: { unitCode: "22330", name: "Tiệm may Hoa", ownerName: "Trần Thị Hoa", supportedOn: "2025-03-01" }) { id } }
              reportValue(input: { indicator: "{{AccessTestProduct.Indicator}}", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-03-31", value: -1 }) { id }
            }
            """);

        Assert.Null(response.Data);
        Assert.Contains(response.Errors, e => e.Code == "VALIDATION");
        Assert.Contains(response.Errors, e => e.Code == "ROLLED_BACK");
        Assert.Equal(0, await StartupsAsync("22330"));
        Assert.Empty(await _product.ReportedValuesAsync("22330"));
        Assert.Equal(before, await _product.WritesAsync());
    }

    [Fact]
    public async Task Writes_to_several_stores_that_all_succeed_are_all_kept_and_later_fields_see_earlier_ones()
    {
        var client = _product.ClientFor("22330", Role.Reporter);

        var data = await client.DataAsync($$"""
            mutation {
              economy { createStartup(input: { unitCode: "22330", name: "Tiệm may Hoa", ownerName: "Trần Thị Hoa", supportedOn: "2025-03-01" }) { id } }
              first: reportValue(input: { indicator: "{{AccessTestProduct.Indicator}}", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-03-31", value: 4 }) { id }
              correction: reportValue(input: { indicator: "{{AccessTestProduct.Indicator}}", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-03-31", value: 5 }) { id }
            }
            """);

        Assert.NotNull(data["economy"]!["createStartup"]!["id"]);
        Assert.Equal(1, await StartupsAsync("22330"));
        var values = await _product.ReportedValuesAsync("22330");
        Assert.Equal(2, values.Count);
        Assert.Single(values, v => v!["supersededAt"] is null);
        Assert.Equal(5, values.Single(v => v!["supersededAt"] is null)!["value"].Number());
    }

    [Fact]
    public async Task A_single_refused_write_needs_no_undo_note()
    {
        var response = await _product.ClientFor("22330", Role.Reporter).SendAsync("""
            mutation { economy { createStartup(input: { unitCode: "22333", name: "Quán cơm Lan", ownerName: "Lê Thị Lan", supportedOn: "2025-03-01" }) { id } } }
            """);

        Assert.Equal("FORBIDDEN", Assert.Single(response.Errors).Code);
    }

    [Fact]
    public async Task A_document_run_in_process_is_all_or_nothing_too()
    {
        var before = await _product.WritesAsync();
        await using var scope = _product.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = $$"""
                mutation {
                  economy { createStartup(input: { unitCode: "22330", name: "Tiệm may Hoa", ownerName: "Trần Thị Hoa", supportedOn: "2025-03-01" }) { id } }
                  reportValue(input: { indicator: "{{AccessTestProduct.Indicator}}", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-03-31", value: -1 }) { id }
                }
                """,
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "admin-56"), new Claim("unit", "56"), new Claim("role", "admin")], "test")),
        });

        Assert.Null(result.Data);
        Assert.Contains(result.Errors!, e => e.Code == "ROLLED_BACK");
        Assert.Equal(0, await StartupsAsync("22330"));
        Assert.Equal(before, await _product.WritesAsync());
    }

    private async Task<double> StartupsAsync(string unitCode)
    {
        var data = await _product.ClientFor("56", Role.Admin).DataAsync(
            "query($u: String) { economy { startups(unitCode: $u) { totalCount } } }", new { u = unitCode });
        return data["economy"]!["startups"]!["totalCount"].Number();
    }

    public void Dispose() => _product.Dispose();
}
