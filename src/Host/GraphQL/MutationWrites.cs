using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Modular.Shared.Storage;

namespace Modular.Host.GraphQL;

/// <summary>
/// A mutation's writes, in every store, are kept together once every field has succeeded, or not at all: the
/// executer runs each mutation inside a <see cref="WriteSession"/>, whoever asks (the HTTP endpoint, which begins the
/// session itself so that it can commit only once the answer is ready, or the web app's pages in process).
/// </summary>
internal sealed class MutationWrites(
    IDocumentBuilder documentBuilder,
    IDocumentValidator documentValidator,
    IExecutionStrategySelector executionStrategySelector,
    IEnumerable<IConfigureExecution> configurations,
    WriteSessions sessions)
    : DocumentExecuter(documentBuilder, documentValidator, executionStrategySelector, configurations)
{
    /// <summary>The code of the error that tells a mutation's writes were all undone.</summary>
    public const string RolledBack = "ROLLED_BACK";

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
    {
        if (sessions.Current is not null || !IsMutation(options))
        {
            return await base.ExecuteAsync(options);
        }

        await using var session = sessions.Begin();
        var result = await base.ExecuteAsync(options);
        return (await FinishAsync(session, result, instead: null)).Result;
    }

    /// <summary>
    /// Commits the session when the result has no error and nothing is to be answered <paramref name="instead"/>;
    /// otherwise rolls every write back and, when something had been written, answers without data and says so.
    /// </summary>
    public static async Task<(ExecutionResult Result, bool Committed)> FinishAsync(WriteSession session, ExecutionResult result, ExecutionResult? instead)
    {
        if (result.Errors is not { Count: > 0 } && instead is null)
        {
            try
            {
                await session.CommitAsync(CancellationToken.None); // once decided, a commit is not abandoned halfway
                return (result, true);
            }
            catch (Exception e) when (StoreErrors.Describe(e) is { } failure)
            {
                return (new ExecutionResult { Executed = true, Errors = [failure] }, false);
            }
        }

        var wrote = session.HasWrites;
        await session.DisposeAsync();
        if (instead is not null && result.Errors is not { Count: > 0 })
        {
            result = instead;
        }

        if (wrote)
        {
            result.Data = null;
            result.Errors ??= [];
            result.Errors.Add(new ExecutionError("Yêu cầu có lỗi nên mọi thay đổi của nó đã được hủy: không có gì được lưu, kể cả các trường đã chạy xong.")
            {
                Code = RolledBack,
            });
        }

        return (result, false);
    }

    private static bool IsMutation(ExecutionOptions options)
    {
        GraphQLDocument document;
        try
        {
            document = options.Document ?? Parser.Parse(options.Query ?? string.Empty);
        }
        catch (GraphQLParserException)
        {
            return false; // the executer reports the syntax error
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = options.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == options.OperationName);
        return operation?.Operation == OperationType.Mutation;
    }
}
