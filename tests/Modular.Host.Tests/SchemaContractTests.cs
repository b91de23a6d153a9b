using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The schema front ends build on is checked in as schema.graphql; a change must be made on purpose.</summary>
public sealed class SchemaContractTests
{
    [Fact]
    public void The_schema_matches_the_checked_in_schema_graphql()
    {
        using var factory = new ProductFactory();
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var printed = schema.Print().ReplaceLineEndings("\n").Trim() + "\n";
        var file = RepositoryFiles.PathOf("schema.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(file, printed);
        }

        Assert.True(File.Exists(file), "schema.graphql is missing: run the tests once with UPDATE_SCHEMA=1.");
        Assert.True(
            File.ReadAllText(file).ReplaceLineEndings("\n") == printed,
            "The GraphQL schema changed. If that is intended, run `UPDATE_SCHEMA=1 dotnet test tests/Modular.Host.Tests --filter SchemaContract` and commit schema.graphql.");
    }
}
