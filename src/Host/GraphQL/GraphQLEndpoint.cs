using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Net.Http.Headers;
using Modular.Shared;

namespace Modular.Host.GraphQL;

/// <summary>Limits of the GraphQL endpoint, from the <c>GraphQL</c> configuration section.</summary>
internal sealed record GraphQLLimits(int MaxRequestBytes, TimeSpan Timeout)
{
    public static GraphQLLimits FromConfiguration(IConfiguration configuration) => new(
        configuration.GetValue("GraphQL:MaxRequestBytes", 256 * 1024),
        TimeSpan.FromSeconds(configuration.GetValue("GraphQL:TimeoutSeconds", 30)));
}

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP spec): POST with a JSON body, GET for queries only, content negotiation
/// between application/graphql-response+json and application/json, and the spec's status codes.
/// </summary>
internal static class GraphQLEndpoint
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static void MapGraphQL(this WebApplication app, string path = "/graphql")
    {
        app.MapMethods(path, ["GET", "POST"], HandleAsync);
        app.MapMethods(path, ["PUT", "PATCH", "DELETE"], (HttpContext context) =>
        {
            context.Response.Headers.Allow = "GET, POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var isGet = HttpMethods.IsGet(context.Request.Method);
        if (isGet && !context.Request.Query.ContainsKey("query") && AcceptsHtml(context.Request))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(WebRoot(context), "graphiql", "index.html"));
            return;
        }

        var mediaType = Negotiate(context.Request);
        if (mediaType is null)
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }

        var limits = context.RequestServices.GetRequiredService<GraphQLLimits>();
        GraphQLHttpRequest request;
        try
        {
            request = isGet
                ? GraphQLHttpRequest.FromQueryString(context.Request.Query, context.RequestServices.GetRequiredService<IGraphQLTextSerializer>())
                : await ReadBodyAsync(context, limits);
        }
        catch (RequestException e)
        {
            await WriteRequestErrorAsync(context, mediaType, e.StatusCode, e.Message, e.Code);
            return;
        }

        if (isGet && IsMutation(request))
        {
            context.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", "METHOD_NOT_ALLOWED");
            return;
        }

        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(limits.Timeout);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = context.RequestServices,
                User = context.User,
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status504GatewayTimeout, $"The request took longer than {limits.Timeout.TotalSeconds:0} seconds.", ErrorCodes.Timeout);
            return;
        }

        context.Response.StatusCode = StatusFor(result, mediaType);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer"; // HTTP requires a 401 to name the scheme to use
        }

        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static string WebRoot(HttpContext context) => context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootPath;

    /// <summary>
    /// Request errors (no document executed): 401 without sign-in, 403 when only the role check refused, otherwise
    /// 400 with the GraphQL response type and 200 with plain JSON, as the spec asks.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Errors?.Any(e => e.Code == ErrorCodes.Unauthenticated) == true)
        {
            return StatusCodes.Status401Unauthorized;
        }

        if (result.Errors is { Count: > 0 } errors && errors.All(e => e.Code == ErrorCodes.Forbidden))
        {
            return StatusCodes.Status403Forbidden; // refused by the role check before anything ran
        }

        return mediaType == GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The response type: the GraphQL response type when asked for (or for */*), JSON for JSON or no Accept, null when neither is acceptable.</summary>
    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        foreach (var type in accept.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("*/*", StringComparison.Ordinal)
                || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }

    private static async Task<GraphQLHttpRequest> ReadBodyAsync(HttpContext context, GraphQLLimits limits)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            throw new RequestException(StatusCodes.Status415UnsupportedMediaType, "Send the request as application/json.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (!parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestException(StatusCodes.Status415UnsupportedMediaType, $"Content type {parsed.MediaType} is not supported; send application/json.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestException(StatusCodes.Status415UnsupportedMediaType, $"Charset {parsed.Charset} is not supported; send UTF-8.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (context.Request.ContentLength > limits.MaxRequestBytes)
        {
            throw new RequestException(StatusCodes.Status413PayloadTooLarge, $"The request is larger than {limits.MaxRequestBytes} bytes.", "REQUEST_TOO_LARGE");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limits.MaxRequestBytes)
            {
                throw new RequestException(StatusCodes.Status413PayloadTooLarge, $"The request is larger than {limits.MaxRequestBytes} bytes.", "REQUEST_TOO_LARGE");
            }

            buffer.Write(chunk, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            throw new RequestException(StatusCodes.Status400BadRequest, "The request body is not valid JSON.", "INVALID_JSON");
        }

        using (document)
        {
            return GraphQLHttpRequest.FromJson(document.RootElement, context.RequestServices.GetRequiredService<IGraphQLTextSerializer>());
        }
    }

    private static bool IsMutation(GraphQLHttpRequest request)
    {
        try
        {
            var document = Parser.Parse(request.Query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var operation = request.OperationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParserException)
        {
            return false; // the executer reports the syntax error
        }
    }

    private static async Task WriteRequestErrorAsync(HttpContext context, string mediaType, int status, string message, string code)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}

/// <summary>A request the endpoint refuses before execution, with its HTTP status.</summary>
internal sealed class RequestException(int statusCode, string message, string code) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;
}

/// <summary>The GraphQL request parameters, checked for the types the spec requires.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    public static GraphQLHttpRequest FromJson(JsonElement body, IGraphQLTextSerializer serializer)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The request body must be a JSON object.");
        }

        var query = body.TryGetProperty("query", out var q) ? q : default;
        if (query.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(query.GetString()))
        {
            throw Invalid("The request needs a 'query' string.");
        }

        return new GraphQLHttpRequest(
            query.GetString()!,
            OptionalString(body, "operationName"),
            OptionalMap(body, "variables", serializer),
            OptionalMap(body, "extensions", serializer));
    }

    public static GraphQLHttpRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        var text = query["query"].ToString();
        if (string.IsNullOrEmpty(text) || query["query"].Count > 1)
        {
            throw Invalid("The request needs one 'query' parameter.");
        }

        var operationName = query["operationName"].ToString();
        return new GraphQLHttpRequest(
            text,
            string.IsNullOrEmpty(operationName) ? null : operationName,
            ParseMap(query["variables"].ToString(), "variables", serializer),
            ParseMap(query["extensions"].ToString(), "extensions", serializer));
    }

    private static Inputs? ParseMap(string text, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.Deserialize<Inputs>(text),
                _ => throw Invalid($"'{name}' must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw Invalid($"'{name}' is not valid JSON.");
        }
    }

    private static string? OptionalString(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw Invalid($"'{name}' must be a string.");

    private static Inputs? OptionalMap(JsonElement body, string name, IGraphQLTextSerializer serializer) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.Deserialize<Inputs>(value.GetRawText())
        : throw Invalid($"'{name}' must be a JSON object.");

    private static RequestException Invalid(string message) => new(StatusCodes.Status400BadRequest, message, "BAD_REQUEST");
}
