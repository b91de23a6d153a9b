using System.Text.Json.Nodes;
using GraphQLParser;
using GraphQLParser.AST;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The introspection that GraphiQL, Apollo, urql and graphql-codegen send works; abusive documents stay refused.</summary>
public sealed class IntrospectionTests : IDisposable
{
    /// <summary>graphql-js 16.15 <c>getIntrospectionQuery</c> with every option on (descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf).</summary>
    public const string FullIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types {
              ...FullType
            }
            directives {
              name
              description
              isRepeatable


              locations
              args(includeDeprecated: true) {
                ...InputValue
              }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            name
            kind
            ofType {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                  kind
                  ofType {
                    name
                    kind
                    ofType {
                      name
                      kind
                      ofType {
                        name
                        kind
                        ofType {
                          name
                          kind
                          ofType {
                            name
                            kind
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    private readonly ProductFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_standard_introspection_with_every_option_answers_anonymously_and_signed_in()
    {
        foreach (var client in new[] { _factory.AnonymousClient(), _factory.ClientFor("22330", Role.Viewer) })
        {
            var schema = (await client.DataAsync(FullIntrospectionQuery))["__schema"]!;

            Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
            Assert.Equal("Mutation", schema["mutationType"]!["name"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(schema["description"]?.GetValue<string>()));
            var types = schema["types"]!.AsArray();
            var date = types.Single(t => Name(t) == "Date")!;
            Assert.Equal("SCALAR", date["kind"]!.GetValue<string>());
            Assert.Contains("2025-06-30", date["description"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(date.AsObject().ContainsKey("specifiedByURL"));
            Assert.All(types.Where(t => t!["kind"]!.GetValue<string>() == "INPUT_OBJECT"), t => Assert.NotNull(t!["isOneOf"]));
            var skip = schema["directives"]!.AsArray().Single(d => Name(d) == "skip")!;
            Assert.False(skip["isRepeatable"]!.GetValue<bool>());
            Assert.Equal("if", Name(skip["args"]![0]));
        }
    }

    [Fact]
    public async Task Every_type_of_schema_graphql_is_introspected_with_its_kind_and_description()
    {
        var types = (await _factory.AnonymousClient().DataAsync(FullIntrospectionQuery))["__schema"]!["types"]!.AsArray()
            .ToDictionary(t => Name(t)!, t => t!);
        var document = Parser.Parse(File.ReadAllText(RepositoryFiles.PathOf("schema.graphql")));

        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var kind = definition switch
            {
                GraphQLScalarTypeDefinition => "SCALAR",
                GraphQLObjectTypeDefinition => "OBJECT",
                GraphQLInterfaceTypeDefinition => "INTERFACE",
                GraphQLUnionTypeDefinition => "UNION",
                GraphQLEnumTypeDefinition => "ENUM",
                _ => "INPUT_OBJECT",
            };
            var name = definition.Name.StringValue;
            Assert.True(types.TryGetValue(name, out var type), $"{name} is not introspected");
            Assert.Equal(kind, type["kind"]!.GetValue<string>());
            Assert.Equal(definition.Description?.Value.ToString(), type["description"]?.GetValue<string>());
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public async Task Introspection_that_nests_beyond_what_tools_send_is_refused(int levels)
    {
        var query = "{ __schema { types " + string.Concat(Enumerable.Repeat("{ fields { type ", levels)) + "{ name }" + new string('}', 2 * levels) + " } }";

        var response = await _factory.AnonymousClient().SendAsync(query);

        Assert.Null(response.Data);
        Assert.Contains(response.Errors, e => e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("complexity", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_standard_introspection_repeated_under_aliases_is_refused()
    {
        var fragments = FullIntrospectionQuery[FullIntrospectionQuery.IndexOf("fragment", StringComparison.Ordinal)..];
        var aliased = "query Many {" + string.Concat(Enumerable.Range(0, 20).Select(i => $" s{i}: __schema {{ types {{ ...FullType }} }}")) + " }\n" + fragments;

        var response = await _factory.AnonymousClient().SendAsync(aliased);

        Assert.Null(response.Data);
        Assert.Contains(response.Errors, e => e.Code is "COMPLEXITY" or "TOO_MANY_FIELDS"); // whichever limit is reached first
    }

    [Fact]
    public async Task Wide_and_aliased_documents_over_records_are_still_refused()
    {
        var wide = "{" + string.Concat(Enumerable.Range(0, 300).Select(i => $" u{i}: units {{ code name children {{ code name children {{ code name }} }} }}")) + " }";

        var response = await _factory.ClientFor("56", Role.Admin).SendAsync(wide);

        Assert.Null(response.Data);
        Assert.Contains(response.Errors, e => e.Code is "COMPLEXITY" or "TOO_MANY_FIELDS"); // whichever limit is reached first
    }

    private static string? Name(JsonNode? node) => node?["name"]?.GetValue<string>();
}
