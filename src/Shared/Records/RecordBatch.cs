using Modular.Shared.Storage;

namespace Modular.Shared.Records;

/// <summary>
/// Collects inputs of a module's record kinds and writes them through the record service's bulk path a batch at a
/// time (<see cref="RecordService{TContext}.BatchSize"/> inputs), so a large import keeps memory flat.
/// </summary>
public sealed class RecordBatch<TContext>(RecordService<TContext> records, RecordImport import)
    where TContext : StoreDbContext
{
    private readonly List<IPending> _kinds = [];
    private int _count;

    /// <summary>Records written so far.</summary>
    public long Written { get; private set; }

    /// <summary>Rows refused so far, each with why (a dry run or a refusing import writes nothing).</summary>
    public List<RowRefusal> Refused { get; } = [];

    public void Add<TRecord, TInput>(TInput input)
        where TRecord : UnitRecord, IRecordKind<TRecord>, new()
        where TInput : class, IRecordInput<TRecord>
    {
        var kind = _kinds.OfType<Pending<TRecord, TInput>>().FirstOrDefault();
        if (kind is null)
        {
            kind = new Pending<TRecord, TInput>();
            _kinds.Add(kind);
        }

        kind.Inputs.Add(input);
        _count++;
    }

    /// <summary>Writes what was collected once a batch is full.</summary>
    public Task FlushIfFullAsync(CancellationToken cancellationToken) => _count >= RecordService<TContext>.BatchSize ? FlushAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Writes what was collected, kind by kind; returns the records written in all.</summary>
    public async Task<long> FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var kind in _kinds)
        {
            var summary = await kind.ImportAsync(records, import, cancellationToken);
            Written += summary.Written;
            Refused.AddRange(summary.Refused);
        }

        _kinds.Clear();
        _count = 0;
        return Written;
    }

    private interface IPending
    {
        Task<ImportSummary> ImportAsync(RecordService<TContext> records, RecordImport import, CancellationToken cancellationToken);
    }

    private sealed class Pending<TRecord, TInput> : IPending
        where TRecord : UnitRecord, IRecordKind<TRecord>, new()
        where TInput : class, IRecordInput<TRecord>
    {
        public List<TInput> Inputs { get; } = [];

        public Task<ImportSummary> ImportAsync(RecordService<TContext> records, RecordImport import, CancellationToken cancellationToken) =>
            records.ImportAsync<TRecord, TInput>(Inputs, import, cancellationToken);
    }
}
