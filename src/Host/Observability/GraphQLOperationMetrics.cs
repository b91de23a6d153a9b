using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Modular.Shared;

namespace Modular.Host.Observability;

/// <summary>What the request log tells of the GraphQL operation a request ran.</summary>
internal sealed record GraphQLOperationFeature(string Type, string Name, IReadOnlyList<string> ErrorCodes);

/// <summary>
/// One measurement per GraphQL operation: <c>graphql.operation.duration</c> (seconds; its count is the number of
/// operations) and <c>graphql.operation.errors</c> by <c>extensions.code</c>, both tagged with the operation's type and
/// name. Only names, never the document or its variables, which may hold people's data.
/// </summary>
internal sealed class GraphQLOperationMetrics : IConfigureExecution
{
    public const string MeterName = "Modular.GraphQL";

    /// <summary>Clients choose operation names; past this length they are cut so that a name cannot grow the metric without end.</summary>
    private const int MaxNameLength = 64;

    private readonly IHttpContextAccessor _http;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;

    public GraphQLOperationMetrics(IMeterFactory meters, IHttpContextAccessor http)
    {
        _http = http;
        var meter = meters.Create(MeterName);
        _duration = meter.CreateHistogram(
            "graphql.operation.duration",
            "s",
            "Time to validate and execute a GraphQL operation.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _errors = meter.CreateCounter<long>("graphql.operation.errors", "{error}", "Errors in GraphQL responses, by extensions.code.");
    }

    public float SortOrder => 0;

    /// <summary>A refused document has no operation chosen yet: read it from the text (parsed again only then).</summary>
    private static GraphQLOperationDefinition? NamedOperation(ExecutionOptions options)
    {
        try
        {
            var document = options.Document ?? (options.Query is { } query ? Parser.Parse(query) : null);
            var operations = document?.Definitions.OfType<GraphQLOperationDefinition>()
                .Where(o => options.OperationName is null || o.Name?.StringValue == options.OperationName).Take(2).ToList();
            return operations is [var single] ? single : null;
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        ExecutionResult? result = null;
        try
        {
            result = await next(options);
            return result;
        }
        finally
        {
            var operation = result?.Operation ?? NamedOperation(options);
            var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
            var name = operation?.Name?.StringValue ?? options.OperationName ?? "";
            name = name.Length > MaxNameLength ? name[..MaxNameLength] : name;
            var codes = result is null
                ? [ErrorCodes.Timeout]
                : (result.Errors ?? []).Select(e => e.Code ?? "ERROR").Distinct(StringComparer.Ordinal).ToList();
            var tags = new TagList { { "graphql.operation.type", type }, { "graphql.operation.name", name } };
            _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            foreach (var code in codes)
            {
                var withCode = tags;
                withCode.Add("graphql.error.code", code);
                _errors.Add(1, withCode);
            }

            _http.HttpContext?.Features.Set(new GraphQLOperationFeature(type, name, codes));
        }
    }
}
