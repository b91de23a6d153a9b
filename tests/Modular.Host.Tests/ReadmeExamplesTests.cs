using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.Accounts;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>Every GraphQL example of README.md (its graphql blocks and the documents its curl commands send) answers with data after seed-demo.</summary>
[Collection(DemoDataCollection.Name)]
public sealed partial class ReadmeExamplesTests(DemoDataProduct demo)
{
    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var examples = new TheoryData<string>();
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            examples.Add(block.Groups[1].Value.Trim());
        }

        foreach (Match body in CurlBody().Matches(readme))
        {
            examples.Add(JsonNode.Parse(body.Groups[1].Value)!["query"]!.GetValue<string>());
        }

        return examples;
    }

    [Fact]
    public void The_README_has_GraphQL_examples() => Assert.True(Examples().Count >= 2);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_example_answers_with_data_for_the_province_admin(string example)
    {
        if (example.Contains("password: \"...\"", StringComparison.Ordinal))
        {
            example = example.Replace("password: \"...\"", $"password: \"{await ReadmeAccountAsync()}\"", StringComparison.Ordinal);
        }

        var data = (await demo.Factory.ClientFor("56", Role.Admin).DataAsync(example)).AsObject();

        Assert.NotEmpty(data);
        foreach (var (field, value) in data)
        {
            Assert.True(HasData(value), $"{field} answered without data: {value?.ToJsonString()}");
            if (value is JsonObject { } page && page["totalCount"] is { } total)
            {
                Assert.True(total.GetValue<int>() > 0, $"{field} counts nothing");
            }
        }
    }

    /// <summary>
    /// The account the README's <c>add-user</c> command creates, created here through the same service with a password
    /// of the test's own, which then stands in for the examples' "..." placeholder.
    /// </summary>
    private async Task<string> ReadmeAccountAsync()
    {
        const string password = "Readme2025example";
        var command = AddUserLine().Match(File.ReadAllText(RepositoryFiles.PathOf("README.md")));
        Assert.True(command.Success, "README.md shows no add-user command");
        await using var scope = demo.Factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountCommands>();
        var role = Enum.Parse<Role>(command.Groups["role"].Value, ignoreCase: true);
        try
        {
            await accounts.CreateAsync(
                new CreateUserInput(command.Groups["user"].Value, command.Groups["name"].Value, command.Groups["unit"].Value, role, password),
                CancellationToken.None);
        }
        catch (DomainException e) when (e.Code == ErrorCodes.Conflict)
        {
            // created by an earlier example
        }

        return password;
    }

    /// <summary>A value somewhere: a non-null scalar, or a list or object holding one.</summary>
    private static bool HasData(JsonNode? node) => node switch
    {
        null => false,
        JsonArray list => list.Any(HasData),
        JsonObject fields => fields.Any(f => HasData(f.Value)),
        _ => true,
    };

    [GeneratedRegex("add-user --user (?<user>\\S+) --name \"(?<name>[^\"]+)\" --unit (?<unit>\\S+) --role (?<role>\\w+)")]
    private static partial Regex AddUserLine();

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex("-d '(\\{\"query\".*?\\})'", RegexOptions.Singleline)]
    private static partial Regex CurlBody();
}
