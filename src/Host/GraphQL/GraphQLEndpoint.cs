using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Net.Http.Headers;
using Modular.Host.Auth;
using Modular.Host.Limits;
using Modular.Shared;
using Modular.Shared.Storage;

namespace Modular.Host.GraphQL;

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
        app.MapMethods(path, ["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"], async (HttpContext context) =>
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(context, Json, StatusCodes.Status405MethodNotAllowed, new ExecutionError(
                $"Không nhận phương thức {context.Request.Method}; hãy gửi GET (truy vấn) hoặc POST.") { Code = "METHOD_NOT_ALLOWED" });
        });
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var isGet = HttpMethods.IsGet(context.Request.Method);
        if (isGet && !context.Request.Query.ContainsKey("query") && AcceptsHtml(context.Request))
        {
            await SendGraphiQLAsync(context);
            return;
        }

        var mediaType = Negotiate(context.Request);
        if (mediaType is null)
        {
            // The error itself is JSON: the client accepts nothing the endpoint can answer in, and an empty body tells it less.
            await WriteRequestErrorAsync(context, Json, StatusCodes.Status406NotAcceptable, new ExecutionError(
                $"Máy chủ chỉ trả lời dạng {GraphQLResponse} hoặc {Json}; hãy gửi Accept tương ứng.") { Code = "NOT_ACCEPTABLE" });
            return;
        }

        // One deadline for the whole request: reading, checking, validating, executing and answering.
        var limits = context.RequestServices.GetRequiredService<RequestLimits>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(limits.Timeout);
        try
        {
            await RunAsync(context, mediaType, limits, deadline.Token);
        }
        catch (RequestException e)
        {
            // The spec's legacy rule: with application/json a document that does not parse is still answered 200.
            var status = e.Error is SyntaxError && mediaType != GraphQLResponse ? StatusCodes.Status200OK : e.StatusCode;
            await WriteRequestErrorAsync(context, mediaType, status, e.Error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: its request is abandoned and nobody is left to answer.
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status504GatewayTimeout, new ExecutionError(
                $"Yêu cầu chạy quá {limits.Timeout.TotalSeconds:0} giây nên đã dừng; không có thay đổi nào được lưu.") { Code = ErrorCodes.Timeout });
        }
    }

    private static async Task RunAsync(HttpContext context, string mediaType, RequestLimits limits, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var request = HttpMethods.IsGet(context.Request.Method)
            ? GraphQLHttpRequest.FromQueryString(context.Request.Query, serializer)
            : await ReadBodyAsync(context, limits, cancellationToken);
        var checkedDocument = DocumentGuard.Check(request.Query, request.OperationName, limits);
        WellFormedText.EnsureStrings(checkedDocument.Document);
        if (checkedDocument.Operation is { } operation)
        {
            if (context.User.Identity?.IsAuthenticated != true && !SignInRequiredRule.AllowsAnonymous(operation))
            {
                // Refused before validation or execution spend anything on a caller we do not know.
                context.Response.Headers.WWWAuthenticate = "Bearer";
                throw new RequestException(StatusCodes.Status401Unauthorized, SignInRefusal(context), ErrorCodes.Unauthenticated);
            }

            if (operation.Operation == OperationType.Subscription)
            {
                throw new RequestException(StatusCodes.Status400BadRequest, "Máy chủ không hỗ trợ subscription; hãy dùng query hoặc mutation.", "SUBSCRIPTIONS_NOT_SUPPORTED");
            }

            if (operation.Operation == OperationType.Mutation && HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Headers.Allow = "POST";
                throw new RequestException(StatusCodes.Status405MethodNotAllowed, "Thao tác ghi (mutation) phải gửi bằng POST.", "METHOD_NOT_ALLOWED");
            }

            if (operation.Operation == OperationType.Mutation && context.User.Identity?.Name is { } user)
            {
                using var lease = services.GetRequiredService<WriteLimiter>().Acquire(user);
                if (!lease.IsAcquired)
                {
                    await RateLimits.AnswerAsync(context, lease, $"Tài khoản {user} đã ghi quá nhiều lần trong một phút", cancellationToken);
                    return;
                }
            }
        }

        using var turn = await services.GetRequiredService<ExecutionSlots>().TakeAsync(cancellationToken);

        // A mutation's writes, in every store, are committed together once every field has succeeded, or not at all.
        await using var session = checkedDocument.Operation?.Operation == OperationType.Mutation ? services.GetRequiredService<WriteSessions>().Begin() : null;

        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = checkedDocument.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            CancellationToken = cancellationToken,
        });

        BoundedAnswer.TrimErrors(result, limits.MaxErrors);
        var body = await BoundedAnswer.SerializeAsync(serializer, result, limits.MaxResponseBytes, cancellationToken);
        if (session is not null)
        {
            (result, var committed) = await MutationWrites.FinishAsync(session, result, body is null ? BoundedAnswer.TooLarge(limits.MaxResponseBytes) : null);
            if (!committed && body is not null)
            {
                await body.DisposeAsync();
                body = null;
            }
        }

        if (body is null)
        {
            body = await BoundedAnswer.SerializeAsync(serializer, result, limits.MaxResponseBytes, cancellationToken);
            if (body is null)
            {
                result = BoundedAnswer.TooLarge(limits.MaxResponseBytes);
                body = await BoundedAnswer.SerializeAsync(serializer, result, limits.MaxResponseBytes, cancellationToken);
            }
        }

        await using var answer = body!;
        turn.Dispose(); // the answer is ready: sending it to a slow phone holds no turn


        context.Response.StatusCode = StatusFor(result, mediaType);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer"; // HTTP requires a 401 to name the scheme to use
        }

        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        context.Response.ContentLength = answer.Length;
        await answer.CopyToResponseAsync(context.Response.Body, cancellationToken);
    }

    /// <summary>Why the caller is not signed in: no token, or the token's own fault.</summary>
    private static string SignInRefusal(HttpContext context) =>
        context.Request.Headers.Authorization.Count == 0 ? SignInRequiredRule.Message
        : context.Items[TokenUnits.RefusalItem] as string
            ?? "Mã truy cập không hợp lệ, đã hết hạn hoặc không do máy chủ này cấp; hãy đăng nhập lại để lấy mã mới.";

    private static async Task SendGraphiQLAsync(HttpContext context)
    {
        var page = Path.Combine(WebRoot(context), "graphiql", "index.html");
        if (!File.Exists(page))
        {
            await WriteRequestErrorAsync(context, Json, StatusCodes.Status404NotFound, new ExecutionError(
                "Máy chủ không tìm thấy trang GraphiQL trong thư mục web của mình (wwwroot).") { Code = ErrorCodes.NotFound });
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(page, context.RequestAborted);
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

    private static async Task<GraphQLHttpRequest> ReadBodyAsync(HttpContext context, RequestLimits limits, CancellationToken cancellationToken)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            throw new RequestException(StatusCodes.Status415UnsupportedMediaType, "Hãy gửi yêu cầu dạng application/json.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (!parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestException(StatusCodes.Status415UnsupportedMediaType, $"Không nhận kiểu nội dung {parsed.MediaType}; hãy gửi application/json.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestException(StatusCodes.Status415UnsupportedMediaType, $"Không nhận bảng mã {parsed.Charset}; hãy gửi UTF-8.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (context.Request.ContentLength > limits.MaxRequestBytes)
        {
            throw TooLarge(limits);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.MaxRequestBytes)
            {
                throw TooLarge(limits);
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        WellFormedText.EnsureUtf8(bytes.Span);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            throw new RequestException(StatusCodes.Status400BadRequest, "Nội dung yêu cầu không phải JSON hợp lệ (hoặc lồng quá 64 mức).", "INVALID_JSON");
        }

        using (document)
        {
            WellFormedText.EnsureStrings(document.RootElement);
            return GraphQLHttpRequest.FromJson(document.RootElement, context.RequestServices.GetRequiredService<IGraphQLTextSerializer>());
        }
    }

    private static RequestException TooLarge(RequestLimits limits) =>
        new(StatusCodes.Status413PayloadTooLarge, $"Yêu cầu lớn hơn {limits.MaxRequestBytes / 1024} KB.", "REQUEST_TOO_LARGE");

    private static async Task WriteRequestErrorAsync(HttpContext context, string mediaType, int status, ExecutionError error)
    {
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Executed = false, Errors = [error] };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}

/// <summary>A request the endpoint refuses before execution, with its HTTP status and the error to answer.</summary>
internal sealed class RequestException(int statusCode, ExecutionError error) : Exception(error.Message)
{
    public RequestException(int statusCode, string message, string code)
        : this(statusCode, new ExecutionError(message) { Code = code })
    {
    }

    public int StatusCode { get; } = statusCode;

    public ExecutionError Error { get; } = error;
}

/// <summary>The GraphQL request parameters, checked for the types the spec requires.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    public static GraphQLHttpRequest FromJson(JsonElement body, IGraphQLTextSerializer serializer)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("Nội dung yêu cầu phải là một đối tượng JSON.");
        }

        var query = body.TryGetProperty("query", out var q) ? q : default;
        if (query.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(query.GetString()))
        {
            throw Invalid("Yêu cầu cần trường 'query' là một chuỗi.");
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
            throw Invalid("Yêu cầu cần đúng một tham số 'query'.");
        }

        WellFormedText.Ensure(text);
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

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            throw Invalid($"'{name}' không phải JSON hợp lệ.");
        }

        using (document)
        {
            WellFormedText.EnsureStrings(document.RootElement);
            return Map(document.RootElement, name, serializer);
        }
    }

    private static string? OptionalString(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw Invalid($"'{name}' phải là một chuỗi.");

    private static Inputs? OptionalMap(JsonElement body, string name, IGraphQLTextSerializer serializer) =>
        body.TryGetProperty(name, out var value) ? Map(value, name, serializer) : null;

    private static Inputs? Map(JsonElement value, string name, IGraphQLTextSerializer serializer)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"'{name}' phải là một đối tượng JSON.");
        }

        try
        {
            return serializer.Deserialize<Inputs>(value.GetRawText());
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw Invalid($"'{name}' có giá trị không đọc được (ví dụ số quá lớn).");
        }
    }

    private static RequestException Invalid(string message) => new(StatusCodes.Status400BadRequest, message, "BAD_REQUEST");
}
