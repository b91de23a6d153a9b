using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Modular.Shared.Access;
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

    /// <summary>A value somewhere: a non-null scalar, or a list or object holding one.</summary>
    private static bool HasData(JsonNode? node) => node switch
    {
        null => false,
        JsonArray list => list.Any(HasData),
        JsonObject fields => fields.Any(f => HasData(f.Value)),
        _ => true,
    };

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex("-d '(\\{\"query\".*?\\})'", RegexOptions.Singleline)]
    private static partial Regex CurlBody();
}
