using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Modular.Testing;

/// <summary>Posts GraphQL documents to /graphql and hands back the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>Runs a document and returns the whole response (data and errors).</summary>
    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(text)!.AsObject(), text);
    }

    /// <summary>Runs a document that must succeed and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        Assert.True(response.Errors.Count == 0, $"Unexpected errors: {response.Text}");
        return response.Data!;
    }

    /// <summary>Runs a document that must fail and returns its first error.</summary>
    public async Task<GraphQLError> ErrorAsync(string query, object? variables = null)
    {
        var response = await SendAsync(query, variables);
        Assert.True(response.Errors.Count > 0, $"Expected an error: {response.Text}");
        return response.Errors[0];
    }
}

/// <summary>A GraphQL response as the client saw it.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body, string Text)
{
    public JsonNode? Data => Body["data"];

    public IReadOnlyList<GraphQLError> Errors =>
        Body["errors"] is JsonArray errors
            ? errors.Select(e => new GraphQLError(
                e!["message"]!.GetValue<string>(),
                e["extensions"]?["code"]?.GetValue<string>(),
                e["extensions"]?["field"]?.GetValue<string>())).ToList()
            : [];
}

/// <summary>One error of a response: its message, <c>extensions.code</c> and the field at fault.</summary>
public sealed record GraphQLError(string Message, string? Code, string? Field);

/// <summary>Reading numbers out of JSON without ceremony.</summary>
public static class JsonNodeExtensions
{
    public static double Number(this JsonNode? node) => node!.GetValue<double>();
}
