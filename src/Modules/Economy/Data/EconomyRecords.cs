using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Economy.Domain;
using Modular.Modules.Economy.Validation;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Economy.Data;

/// <summary>
/// Reads and writes the module's records, the same way for every kind: the caller's access through
/// <see cref="UnitAccess"/>, the input cleaned and validated in full before anything is written, one save per write.
/// </summary>
internal sealed class EconomyRecords(
    IDbContextFactory<EconomyDbContext> factory,
    UnitAccess access,
    IServiceProvider services,
    TimeProvider clock)
{
    private const string ModuleKey = EconomyModule.ModuleKey;

    /// <summary>One page of records of the units in <paramref name="unitCode"/>'s subtree (the caller's unit by default).</summary>
    public async Task<Page<TRecord>> ListAsync<TRecord>(
        string? unitCode, Func<IQueryable<TRecord>, IQueryable<TRecord>> filterAndOrder, PageRequest page, CancellationToken cancellationToken)
        where TRecord : class, IEconomyRecord
    {
        var unitIds = await access.ReadableSubtreeAsync(VietnameseText.Clean(unitCode), cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = db.Set<TRecord>().AsNoTracking().Where(r => unitIds.Contains(r.UnitId));
        return await filterAndOrder(records).ToPageAsync(page, cancellationToken);
    }

    public async Task<TRecord> GetAsync<TRecord>(int id, CancellationToken cancellationToken)
        where TRecord : class, IEconomyRecord
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await FindAsync<TRecord>(db.Set<TRecord>().AsNoTracking(), id, cancellationToken);
        await access.EnsureCanReadAsync(record.UnitId, cancellationToken);
        return record;
    }

    public async Task<TRecord> CreateAsync<TRecord, TInput>(TInput input, CancellationToken cancellationToken)
        where TRecord : class, IEconomyRecord, new()
        where TInput : IRecordInput<TInput, TRecord>
    {
        input = await ValidAsync<TInput, TRecord>(input, cancellationToken);
        var record = new TRecord();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await PlaceAsync(db, record, input, cancellationToken);
        db.Add(record);
        await SaveAsync(db, record, cancellationToken);
        return record;
    }

    /// <summary>Replaces a record with the input; the caller must be able to write both its old and its new unit.</summary>
    public async Task<TRecord> UpdateAsync<TRecord, TInput>(int id, TInput input, CancellationToken cancellationToken)
        where TRecord : class, IEconomyRecord
        where TInput : IRecordInput<TInput, TRecord>
    {
        input = await ValidAsync<TInput, TRecord>(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await FindAsync(db.Set<TRecord>(), id, cancellationToken);
        await access.EnsureCanWriteAsync(record.UnitId, ModuleKey, record.WriteDay(clock.Today()), cancellationToken);
        await PlaceAsync(db, record, input, cancellationToken);
        await SaveAsync(db, record, cancellationToken);
        return record;
    }

    /// <summary>Deletes a record and returns its id.</summary>
    public async Task<int> DeleteAsync<TRecord>(int id, CancellationToken cancellationToken)
        where TRecord : class, IEconomyRecord
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await FindAsync(db.Set<TRecord>(), id, cancellationToken);
        await access.EnsureCanWriteAsync(record.UnitId, ModuleKey, record.WriteDay(clock.Today()), cancellationToken);
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    private async Task<TInput> ValidAsync<TInput, TRecord>(TInput input, CancellationToken cancellationToken)
        where TInput : IRecordInput<TInput, TRecord>
    {
        var cleaned = input.Cleaned();
        await services.GetRequiredService<IValidator<TInput>>().ValidateAndThrowAsync(cleaned, cancellationToken);
        return cleaned;
    }

    /// <summary>Copies the input onto the record, puts it in its unit once the caller may write there, and refuses a second record of the same thing.</summary>
    private async Task PlaceAsync<TRecord, TInput>(EconomyDbContext db, TRecord record, TInput input, CancellationToken cancellationToken)
        where TRecord : class, IEconomyRecord
        where TInput : IRecordInput<TInput, TRecord>
    {
        input.CopyTo(record);
        var unit = await access.ForWriteAsync(input.UnitCode!, ModuleKey, record.WriteDay(clock.Today()), cancellationToken);
        record.UnitId = unit.Id;
        if (record is IUniqueInUnit<TRecord> unique && await db.Set<TRecord>().AnyAsync(unique.SameAsThis(), cancellationToken))
        {
            throw unique.Duplicate();
        }
    }

    private async Task SaveAsync<TRecord>(EconomyDbContext db, TRecord record, CancellationToken cancellationToken)
        where TRecord : class, IEconomyRecord
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (record is IUniqueInUnit<TRecord> unique)
        {
            // Another writer recorded the same thing between the check and the save, and the unique index refused this one.
            await using var fresh = await factory.CreateDbContextAsync(cancellationToken);
            if (await fresh.Set<TRecord>().AnyAsync(unique.SameAsThis(), cancellationToken))
            {
                throw unique.Duplicate();
            }

            throw;
        }
    }

    private static async Task<TRecord> FindAsync<TRecord>(IQueryable<TRecord> records, int id, CancellationToken cancellationToken)
        where TRecord : class, IEconomyRecord =>
        await records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new DomainException(ErrorCodes.NotFound, $"Không tìm thấy bản ghi số {id}.", "id");
}
