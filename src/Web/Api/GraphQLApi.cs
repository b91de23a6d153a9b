using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;

namespace Modular.Web.Api;

/// <summary>
/// Runs GraphQL documents against the product's schema in process, as the signed-in user of the page's request: the
/// same executer, validation rules and resolvers an outside front end reaches over HTTP, each document in its own
/// service scope as a request of its own would be.
/// </summary>
public sealed class GraphQLApi(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IServiceScopeFactory scopes, IHttpContextAccessor http)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<ApiResult> SendAsync(string document, object? variables = null, CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("The web app runs GraphQL only inside a request.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.RequestAborted);
        timeout.CancelAfter(Timeout);
        await using var scope = scopes.CreateAsyncScope();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = document,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables, ApiResult.Json)),
            RequestServices = scope.ServiceProvider,
            User = context.User,
            CancellationToken = timeout.Token,
        });
        return ApiResult.Parse(serializer.Serialize(result));
    }
}

/// <summary>A GraphQL answer: its data and its errors, each with the stable code and the input field at fault.</summary>
public sealed record ApiResult(JsonNode? Data, IReadOnlyList<ApiError> Errors)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Ok => Errors.Count == 0;

    /// <summary>The data at a path of field names, deserialized; default when absent.</summary>
    public T? Get<T>(params string[] path)
    {
        var node = Data;
        foreach (var name in path)
        {
            node = node?[name];
        }

        return node is null ? default : node.Deserialize<T>(Json);
    }

    /// <summary>The first message per input field, for showing beside the fields.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors() =>
        Errors.Where(e => e.Field is not null).GroupBy(e => e.Field!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Message, StringComparer.Ordinal);

    /// <summary>Messages that name no field.</summary>
    public IEnumerable<string> OtherErrors(IEnumerable<string> shownFields)
    {
        var shown = shownFields.ToHashSet(StringComparer.Ordinal);
        return Errors.Where(e => e.Field is null || !shown.Contains(e.Field)).Select(e => e.Message).Distinct();
    }

    internal static ApiResult Parse(string text)
    {
        var body = JsonNode.Parse(text)!;
        var errors = body["errors"] is JsonArray list
            ? list.Select(e => new ApiError(
                e?["message"]?.GetValue<string>() ?? "Lỗi không rõ.",
                e?["extensions"]?["code"]?.GetValue<string>(),
                Field(e?["extensions"]?["field"]?.GetValue<string>()),
                e?["path"] is JsonArray path && path.Count > 0 ? path[^1]?.ToString() : null)).ToList()
            : [];
        return new ApiResult(body["data"], errors);
    }

    // Inputs arrive as "input.headName" from some validators; the form knows its fields by their own names.
    private static string? Field(string? field) => field is null ? null : field.StartsWith("input.", StringComparison.Ordinal) ? field["input.".Length..] : field;
}

/// <summary>One error of a GraphQL answer; <see cref="Path"/> is the last step of the field's path (its alias) when it has one.</summary>
public sealed record ApiError(string Message, string? Code, string? Field, string? Path = null);
