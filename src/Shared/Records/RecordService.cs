using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;
using Modular.Shared.Storage;
using Modular.Shared.Validation;

namespace Modular.Shared.Records;

/// <summary>
/// Reads and writes a module's records, the same way for every module and record kind. A write, in this order: cleans
/// the input's texts, validates it with the module's validator, resolves the unit on the record's day, checks access,
/// the module switch and confidentiality, runs the write rules, checks the natural key, and saves with its audit
/// entry in the same transaction. The bulk path (<see cref="ImportAsync"/>) makes the same checks row by row.
/// </summary>
public sealed class RecordService<TContext>(
    string moduleKey,
    IDbContextFactory<TContext> factory,
    UnitAccess access,
    IServiceProvider services,
    IEnumerable<IRecordWriteRule> rules,
    TimeProvider clock)
    where TContext : StoreDbContext
{
    /// <summary>Inputs a <see cref="RecordBatch{TContext}"/> collects before it writes them.</summary>
    public const int BatchSize = 5_000;

    private const int MaxSearchWords = 10;

    private const string ConfidentialRefusal =
        "Hồ sơ nạn nhân bạo lực gia đình, mua bán người chỉ cán bộ báo cáo, quản lý của chính đơn vị lưu hồ sơ được xem và ghi.";

    public string ModuleKey => moduleKey;

    /// <summary>One page of the records the caller may read in the subtree of the query's unit (her own unit by default).</summary>
    public async Task<Page<TRecord>> ListAsync<TRecord>(RecordQuery<TRecord> query, CancellationToken cancellationToken)
        where TRecord : UnitRecord, IRecordKind<TRecord> =>
        await ReadAllAsync(query, (records, token) => records.ToPageAsync(query.Page, token), cancellationToken);

    /// <summary>
    /// Hands <paramref name="read"/> every record a list with the query's filters would show, in its order and without
    /// paging, on a context open for as long as the read takes: exports stream them from there.
    /// </summary>
    public async Task<TResult> ReadAllAsync<TRecord, TResult>(
        RecordQuery<TRecord> query, Func<IQueryable<TRecord>, CancellationToken, Task<TResult>> read, CancellationToken cancellationToken)
        where TRecord : UnitRecord, IRecordKind<TRecord>
    {
        if (query.From > query.To)
        {
            throw new DomainException(ErrorCodes.Validation, "Ngày \"từ\" phải không sau ngày \"đến\".", "from");
        }

        var words = SearchWords(query.Search);
        IReadOnlyList<int> units = await access.ReadableSubtreeAsync(VietnameseText.Clean(query.UnitCode), cancellationToken);
        if (await ConfidentialUnitAsync<TRecord>(cancellationToken) is { } own)
        {
            units = units.Contains(own) ? [own] : [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = db.Set<TRecord>().AsNoTracking().Where(r => units.Contains(r.UnitId));
        foreach (var word in words)
        {
            records = records.Where(r => r.SearchText.Contains(word));
        }

        if (query.From is not null || query.To is not null)
        {
            var (from, to) = (query.From ?? DateOnly.MinValue, query.To ?? DateOnly.MaxValue);
            records = records.Where(query.During?.Invoke(from, to) ?? TRecord.During(from, to));
        }

        records = query.Narrow?.Invoke(records) ?? records;
        var ordered = query.Order?.Invoke(records) ?? records.OrderByDescending(TRecord.ListedOn).ThenByDescending(r => r.Id);
        return await read(ordered, cancellationToken);
    }

    /// <summary>A record the caller may read; NOT_FOUND when there is none with that id.</summary>
    public async Task<TRecord> GetAsync<TRecord>(string id, CancellationToken cancellationToken)
        where TRecord : UnitRecord, IRecordKind<TRecord>
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await FindReadableAsync(db.Set<TRecord>().AsNoTracking(), id, cancellationToken);
    }

    public async Task<TRecord> CreateAsync<TRecord, TInput>(TInput input, CancellationToken cancellationToken)
        where TRecord : UnitRecord, IRecordKind<TRecord>, new()
        where TInput : class, IRecordInput<TRecord>
    {
        input = await ValidAsync<TRecord, TInput>(input, cancellationToken);
        var record = new TRecord();
        var unit = await PlaceAsync(record, input, cancellationToken);
        await CheckRulesAsync(new RecordWrite(moduleKey, RecordChange.Create, record, unit, record.WriteDay(Today)), cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureUniqueAsync(db, record, cancellationToken);
        db.Add(record);
        await SaveAsync(db, record, cancellationToken);
        return record;
    }

    /// <summary>Replaces a record with the input; the caller must be able to write both its old and its new unit and day.</summary>
    public async Task<TRecord> UpdateAsync<TRecord, TInput>(string id, TInput input, CancellationToken cancellationToken)
        where TRecord : UnitRecord, IRecordKind<TRecord>
        where TInput : class, IRecordInput<TRecord>
    {
        input = await ValidAsync<TRecord, TInput>(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await FindReadableAsync(db.Set<TRecord>(), id, cancellationToken);
        var (previousUnit, previousDay) = await WritableAsync(record, cancellationToken);
        var unit = await PlaceAsync(record, input, cancellationToken);
        await CheckRulesAsync(new RecordWrite(moduleKey, RecordChange.Update, record, unit, record.WriteDay(Today), previousUnit, previousDay), cancellationToken);
        await EnsureUniqueAsync(db, record, cancellationToken);
        await SaveAsync(db, record, cancellationToken);
        return record;
    }

    /// <summary>Deletes a record and returns its id.</summary>
    public async Task<int> DeleteAsync<TRecord>(string id, CancellationToken cancellationToken)
        where TRecord : UnitRecord, IRecordKind<TRecord>
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await FindReadableAsync(db.Set<TRecord>(), id, cancellationToken);
        var (unit, day) = await WritableAsync(record, cancellationToken);
        await CheckRulesAsync(new RecordWrite(moduleKey, RecordChange.Delete, record, unit, day, unit, day), cancellationToken);
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>
    /// Writes many records (imports, demo data) with the same checks as <see cref="CreateAsync"/>, row by row, and
    /// answers row by row. A dry run writes nothing. Otherwise, when a row is refused nothing is written unless
    /// <see cref="RecordImport.SkipRefused"/> says to write the others; what is written is written in one transaction,
    /// new records with import entries in the audit trail (one per unit) instead of one per record. With
    /// <see cref="RecordImport.MatchExisting"/> a row naming a record the unit already has (by the kind's natural key,
    /// or every value for a kind without one) leaves it unchanged when the values agree and updates it, with the checks
    /// of <see cref="UpdateAsync"/>, when they differ; a second row for the same record is refused. Large imports go
    /// through a <see cref="RecordBatch{TContext}"/>, which calls this a batch at a time.
    /// </summary>
    public async Task<ImportSummary> ImportAsync<TRecord, TInput>(IReadOnlyList<TInput> rows, RecordImport import, CancellationToken cancellationToken)
        where TRecord : UnitRecord, IRecordKind<TRecord>, new()
        where TInput : class, IRecordInput<TRecord>
    {
        var validator = services.GetRequiredService<IValidator<TInput>>();
        var created = new List<TRecord>(rows.Count);
        var updated = new List<TRecord>();
        var unchanged = 0;
        var refused = new List<RowRefusal>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var uniqueByUnit = new Dictionary<int, List<TRecord>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < rows.Count; row++)
        {
            try
            {
                var input = Cleaned<TRecord, TInput>(rows[row]);
                if (validator.Validate(input) is { IsValid: false } result)
                {
                    var failure = result.Errors[0];
                    throw new DomainException(ErrorCodes.Validation, failure.ErrorMessage, InputRules.FieldName(failure.PropertyName));
                }

                var record = new TRecord();
                var unit = await PlaceAsync(record, input, cancellationToken);
                if (import.MatchExisting)
                {
                    var key = RecordMatch<TRecord>.Key(record);
                    if (!seen.Add(key))
                    {
                        throw new DomainException(ErrorCodes.Conflict, $"Dòng này trùng với một dòng trước trong cùng tệp: {TRecord.Label} đó đã có ở dòng trên.", RecordMatch<TRecord>.KeyField(record));
                    }

                    var unitId = record.UnitId;
                    var existing = await db.Set<TRecord>().Where(r => r.UnitId == unitId).FirstOrDefaultAsync(RecordMatch<TRecord>.Same(record), cancellationToken);
                    if (existing is not null && RecordMatch<TRecord>.Equal(existing, record))
                    {
                        unchanged++;
                        continue;
                    }

                    if (existing is not null)
                    {
                        var (previousUnit, previousDay) = await WritableAsync(existing, cancellationToken);
                        RecordFields<TInput, TRecord>.Copy(input, existing);
                        input.Complete(existing);
                        existing.SearchText = record.SearchText;
                        await CheckRulesAsync(new RecordWrite(moduleKey, RecordChange.Update, existing, unit, existing.WriteDay(Today), previousUnit, previousDay), cancellationToken);
                        updated.Add(existing);
                        continue;
                    }
                }

                await CheckRulesAsync(new RecordWrite(moduleKey, RecordChange.Create, record, unit, record.WriteDay(Today)), cancellationToken);
                if (record is IUniqueInUnit<TRecord> unique && !import.MatchExisting)
                {
                    var sameUnit = uniqueByUnit.TryGetValue(record.UnitId, out var others) ? others : uniqueByUnit[record.UnitId] = [];
                    var sameThing = unique.SameThing().Compile();
                    if (sameUnit.Any(sameThing))
                    {
                        throw unique.Duplicate();
                    }

                    await EnsureUniqueAsync(db, record, cancellationToken);
                    sameUnit.Add(record);
                }

                created.Add(record);
            }
            catch (DomainException refusal)
            {
                refused.Add(new RowRefusal(row + 1, refusal.Code, refusal.Field, refusal.Message));
            }
        }

        var write = !import.DryRun && (refused.Count == 0 || import.SkipRefused);
        if (write && created.Count + updated.Count > 0)
        {
            await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
            if (updated.Count > 0)
            {
                await db.SaveChangesAsync(cancellationToken); // on their own, so each update keeps its before and after in the audit trail
                db.ChangeTracker.Clear();
            }

            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var chunk in created.Chunk(BatchSize))
            {
                db.AddRange(chunk);
                db.RecordImport(typeof(TRecord).Name, chunk.Length, import.Label);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await transaction.CommitAsync(cancellationToken);
        }

        return new ImportSummary(rows.Count, created.Count, updated.Count, unchanged, write ? created.Count + updated.Count : 0, refused, import.DryRun);
    }

    private DateOnly Today => clock.Today();

    private async Task<TInput> ValidAsync<TRecord, TInput>(TInput input, CancellationToken cancellationToken)
        where TRecord : UnitRecord
        where TInput : class, IRecordInput<TRecord>
    {
        var cleaned = Cleaned<TRecord, TInput>(input);
        await services.GetRequiredService<IValidator<TInput>>().ValidateAndThrowAsync(cleaned, cancellationToken);
        return cleaned;
    }

    /// <summary>The input with its texts cleaned, once it names a unit (every record belongs to one).</summary>
    private static TInput Cleaned<TRecord, TInput>(TInput input)
        where TRecord : UnitRecord
        where TInput : class, IRecordInput<TRecord>
    {
        var cleaned = InputText.Clean(input);
        return cleaned.UnitCode.Length > 0
            ? cleaned
            : throw new DomainException(ErrorCodes.Validation, "Cần chọn đơn vị (mã đơn vị) của bản ghi.", "unitCode");
    }

    /// <summary>Copies the input onto the record and puts it in its unit once the caller may write there on the record's day.</summary>
    private async Task<UnitRef> PlaceAsync<TRecord, TInput>(TRecord record, TInput input, CancellationToken cancellationToken)
        where TRecord : UnitRecord
        where TInput : class, IRecordInput<TRecord>
    {
        RecordFields<TInput, TRecord>.Copy(input, record);
        input.Complete(record);
        record.SearchText = RecordSearch.TextOf(record);
        var unit = await UnitForWriteAsync(input.UnitCode, record.WriteDay(Today), cancellationToken);
        if (input.RefuseUnit(unit) is { } reason)
        {
            throw new DomainException(ErrorCodes.Validation, reason, "unitCode");
        }

        if (await ConfidentialUnitAsync<TRecord>(cancellationToken) is { } own && unit.Id != own)
        {
            throw new DomainException(ErrorCodes.Forbidden, ConfidentialRefusal, "unitCode");
        }

        record.UnitId = unit.Id;
        return unit;
    }

    /// <summary>
    /// The one place a record's unit code is resolved, on the day the record speaks for, and the write there checked
    /// (the unit in the caller's subtree and in force, her role, the module switched on).
    /// </summary>
    private Task<UnitRef> UnitForWriteAsync(string unitCode, DateOnly day, CancellationToken cancellationToken) =>
        access.ForWriteAsync(unitCode, moduleKey, day, cancellationToken);

    /// <summary>Checks that the caller may still write an existing record where and when it stands; returns its unit and day.</summary>
    private async Task<(UnitRef Unit, DateOnly Day)> WritableAsync(UnitRecord record, CancellationToken cancellationToken)
    {
        var day = record.WriteDay(Today);
        await access.EnsureCanWriteAsync(record.UnitId, moduleKey, day, cancellationToken);
        return ((await access.FindAsync(record.UnitId, cancellationToken))!, day);
    }

    private async Task CheckRulesAsync(RecordWrite write, CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            await rule.CheckAsync(write, cancellationToken);
        }
    }

    /// <summary>
    /// The record with the id if the caller may read it. An id that names no record of the kind (missing, or not a
    /// positive whole number as ids are) is NOT_FOUND; so is a record outside her subtree, or a confidential one outside
    /// her own unit, so that its existence is not disclosed.
    /// </summary>
    private async Task<TRecord> FindReadableAsync<TRecord>(IQueryable<TRecord> records, string id, CancellationToken cancellationToken)
        where TRecord : UnitRecord, IRecordKind<TRecord>
    {
        var notFound = RecordIds.NotFound(TRecord.Label, id);
        var key = RecordIds.Parse(id, TRecord.Label);
        var record = await records.SingleOrDefaultAsync(r => r.Id == key, cancellationToken) ?? throw notFound;
        if (await ConfidentialUnitAsync<TRecord>(cancellationToken) is { } own)
        {
            return record.UnitId == own ? record : throw notFound;
        }

        return await access.CanReadAsync(record.UnitId, cancellationToken) ? record : throw notFound;
    }

    /// <summary>
    /// For confidential kinds (<see cref="IConfidentialRecord"/>), the caller's own unit: the only unit whose records
    /// she sees or writes, and only as a reporter or above. Null for other kinds, and for the system account.
    /// </summary>
    private async Task<int?> ConfidentialUnitAsync<TRecord>(CancellationToken cancellationToken)
    {
        if (!typeof(IConfidentialRecord).IsAssignableFrom(typeof(TRecord)))
        {
            return null;
        }

        var caller = access.RequireCaller();
        if (caller == Caller.System)
        {
            return null; // start-up work and imports from the command line write for every unit
        }

        if (caller.Role < Role.Reporter || caller.UnitCode == Caller.RootUnit)
        {
            throw new DomainException(ErrorCodes.Forbidden, ConfidentialRefusal);
        }

        return (await access.ForReadAsync(caller.UnitCode, cancellationToken)).Id;
    }

    private static async Task EnsureUniqueAsync<TRecord>(TContext db, TRecord record, CancellationToken cancellationToken)
        where TRecord : UnitRecord
    {
        if (record is IUniqueInUnit<TRecord> unique && await SameThingExistsAsync(db, record, unique, cancellationToken))
        {
            throw unique.Duplicate();
        }
    }

    private static Task<bool> SameThingExistsAsync<TRecord>(TContext db, TRecord record, IUniqueInUnit<TRecord> unique, CancellationToken cancellationToken)
        where TRecord : UnitRecord
    {
        var (id, unitId) = (record.Id, record.UnitId);
        return db.Set<TRecord>().Where(r => r.UnitId == unitId && r.Id != id).AnyAsync(unique.SameThing(), cancellationToken);
    }

    /// <summary>Saves; a unique index that still refuses (another writer saved the same thing meanwhile) is answered like the check before it.</summary>
    private async Task SaveAsync<TRecord>(TContext db, TRecord record, CancellationToken cancellationToken)
        where TRecord : UnitRecord
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (record is IUniqueInUnit<TRecord> unique)
        {
            await using var fresh = await factory.CreateDbContextAsync(cancellationToken);
            if (await SameThingExistsAsync(fresh, record, unique, cancellationToken))
            {
                throw unique.Duplicate();
            }

            throw;
        }
    }

    private static string[] SearchWords(string? search)
    {
        var words = VietnameseText.Clean(search) is { } text ? VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return words.Length <= MaxSearchWords
            ? words
            : throw new DomainException(ErrorCodes.Validation, $"Tìm kiếm tối đa {MaxSearchWords} từ.", "search");
    }
}

/// <summary>What a list asks for: a unit's subtree, a date range, words to search, a page, and a kind's own narrowing.</summary>
public sealed record RecordQuery<TRecord>(string? UnitCode, DateOnly? From, DateOnly? To, string? Search, PageRequest Page)
{
    /// <summary>The kind's own filters (status, kind, ...).</summary>
    public Func<IQueryable<TRecord>, IQueryable<TRecord>>? Narrow { get; init; }

    /// <summary>How the date range applies, when a filter changes it; by default the kind's own rule.</summary>
    public Func<DateOnly, DateOnly, Expression<Func<TRecord, bool>>>? During { get; init; }

    /// <summary>The order, when not newest first.</summary>
    public Func<IQueryable<TRecord>, IOrderedQueryable<TRecord>>? Order { get; init; }
}

/// <summary>
/// How a bulk write goes: the label of its audit entries, whether it only checks, whether refused rows stop it, and
/// whether a row naming a record the unit already has leaves or updates it (files) instead of being refused (demo data).
/// </summary>
public sealed record RecordImport(string Label, bool DryRun = false, bool SkipRefused = false, bool MatchExisting = false);

/// <summary>
/// The answer of a bulk write: rows read; how many would make new records, update records or leave them as they are;
/// how many records were written (none for a dry run or a refused import); and why each refused row was refused.
/// </summary>
public sealed record ImportSummary(int Rows, int Created, int Updated, int Unchanged, int Written, IReadOnlyList<RowRefusal> Refused, bool DryRun);

/// <summary>A row a bulk write refused (numbered from 1), with the code, field and message a single write would give.</summary>
public sealed record RowRefusal(int Row, string Code, string? Field, string Message);
