using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.GraphQL;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>
/// The markers modules put on their own fields (<c>RequireRole</c>, <c>RequireModuleOn</c>), enforced by the host's
/// rule before anything executes. A small schema of the test's own stands for a module's namespace; the rule runs
/// with the product's services, policies, unit tree and module switches. The family module is switched off at 22330.
/// </summary>
public sealed class AccessModuleFieldTests : IDisposable
{
    private readonly ProductFactory _product = new();
    private readonly Schema _schema = new() { Query = new RootQuery() };

    [Theory]
    [InlineData("""{ sample { records(unitCode: "22330") } }""", "22327")]
    [InlineData("""{ sample { records } }""", "22330")] // no unit given: the caller's own
    [InlineData("""{ sample { byInput(input: { unitCode: "22330" }) } }""", "22327")]
    [InlineData("""{ sample { ok: records(unitCode: "22327") off: records(unitCode: "22330") } }""", "568")]
    [InlineData("""{ sample { ...F } } fragment F on SampleQuery { records(unitCode: "22330") }""", "568")]
    public async Task A_field_that_needs_its_module_is_refused_where_the_module_is_off(string query, string callerUnit)
    {
        await SwitchFamilyOffAt22330Async();

        var result = await RunAsync(query, callerUnit, Role.Reporter);

        Assert.False(result.Executed);
        Assert.Equal("MODULE_OFF", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task The_unit_may_come_from_variables_also_inside_an_input_object()
    {
        await SwitchFamilyOffAt22330Async();
        const string Query = "query($u: String, $i: SampleInput) { sample { records(unitCode: $u) byInput(input: $i) } }";

        var off = await RunAsync(Query, "568", Role.Reporter, new Inputs(new Dictionary<string, object?>
        {
            ["u"] = "22327",
            ["i"] = new Dictionary<string, object?> { ["unitCode"] = "22330" },
        }));
        var on = await RunAsync(Query, "568", Role.Reporter, new Inputs(new Dictionary<string, object?>
        {
            ["u"] = "22327",
            ["i"] = new Dictionary<string, object?> { ["unitCode"] = "22333" },
        }));

        Assert.Equal("MODULE_OFF", Assert.Single(off.Errors!).Code);
        Assert.Null(on.Errors);
    }

    [Theory]
    [InlineData("""{ sample { records(unitCode: "22327") } }""", "22327")]
    [InlineData("""{ sample { records } }""", "22327")]
    [InlineData("""{ sample { records(unitCode: "568") } }""", "22330")] // the district itself keeps the module
    public async Task A_field_that_needs_its_module_runs_where_the_module_is_on(string query, string callerUnit)
    {
        await SwitchFamilyOffAt22330Async();

        var result = await RunAsync(query, callerUnit, Role.Viewer);

        Assert.Null(result.Errors);
        Assert.True(result.Executed);
    }

    [Theory]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.Reporter, false)]
    [InlineData(Role.Manager, true)]
    [InlineData(Role.Admin, true)]
    public async Task A_module_field_marked_with_a_role_is_for_that_role_and_above(Role role, bool allowed)
    {
        var result = await RunAsync("{ sample { managersOnly } }", "568", role);

        Assert.Equal(allowed, result.Executed);
        if (!allowed)
        {
            Assert.Equal("FORBIDDEN", Assert.Single(result.Errors!).Code);
        }
    }

    private async Task SwitchFamilyOffAt22330Async() =>
        await _product.ClientFor("568", Role.Manager).DataAsync(
            """mutation { switchModule(unitCode: "22330", moduleKey: "family", enabled: false, effectiveFrom: "2025-01-01") { code } }""");

    private async Task<ExecutionResult> RunAsync(string query, string unitCode, Role role, Inputs? variables = null)
    {
        await using var scope = _product.Services.CreateAsyncScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", $"user-{unitCode}"), new Claim("unit", unitCode), new Claim("role", role.ToString().ToLowerInvariant())],
            authenticationType: "Bearer"));
        return await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema,
            Query = query,
            Variables = variables,
            User = user,
            RequestServices = scope.ServiceProvider,
            ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationRule()),
        });
    }

    public void Dispose() => _product.Dispose();

    private sealed class RootQuery : ObjectGraphType
    {
        public RootQuery()
        {
            Name = "Query";
            Field<NonNullGraphType<SampleQuery>>("sample").Resolve(_ => new object());
        }
    }

    private sealed class SampleQuery : ObjectGraphType
    {
        public SampleQuery()
        {
            Name = "SampleQuery";
            Field<StringGraphType>("records").Argument<StringGraphType>("unitCode").RequireModuleOn("family").Resolve(_ => "records");
            Field<StringGraphType>("byInput").Argument<SampleInput>("input").RequireModuleOn("family", "input.unitCode").Resolve(_ => "records");
            Field<StringGraphType>("managersOnly").RequireRole(Role.Manager).Resolve(_ => "figures");
        }
    }

    private sealed class SampleInput : InputObjectGraphType
    {
        public SampleInput()
        {
            Name = "SampleInput";
            Field<StringGraphType>("unitCode");
        }
    }
}
