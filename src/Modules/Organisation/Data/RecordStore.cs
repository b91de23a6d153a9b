using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Organisation.Domain;
using Modular.Modules.Organisation.Validation;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;
using RecordIds = Modular.Shared.Records.RecordIds;

namespace Modular.Modules.Organisation.Data;

/// <summary>
/// Reads and writes the module's dated records, all the same way: validate the whole input, check the caller may
/// write the unit on the record's write day (and, for changes, the record's old unit), then save once.
/// </summary>
internal sealed class RecordStore(IDbContextFactory<OrganisationDbContext> factory, UnitAccess access, TimeProvider clock, IServiceProvider services)
{
    private const string ModuleKey = OrganisationModule.ModuleKey;

    public async Task<TRecord> CreateAsync<TRecord, TInput>(TInput input, CancellationToken cancellationToken)
        where TRecord : OrganisationRecord, new()
        where TInput : IRecordInput<TRecord>
    {
        await services.GetRequiredService<IValidator<TInput>>().ValidateAndThrowAsync(input, cancellationToken);
        var record = new TRecord();
        input.ApplyTo(record);
        var unit = await access.ForWriteAsync(input.UnitCode.Trim(), ModuleKey, record.WriteDay(clock.Today()), cancellationToken);
        record.UnitId = unit.Id;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<TRecord> UpdateAsync<TRecord, TInput>(int id, TInput input, CancellationToken cancellationToken)
        where TRecord : OrganisationRecord
        where TInput : IRecordInput<TRecord>
    {
        await services.GetRequiredService<IValidator<TInput>>().ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await FindAsync<TRecord>(db, id, cancellationToken);
        await access.EnsureCanWriteAsync(record.UnitId, ModuleKey, record.WriteDay(clock.Today()), cancellationToken);
        input.ApplyTo(record);
        var unit = await access.ForWriteAsync(input.UnitCode.Trim(), ModuleKey, record.WriteDay(clock.Today()), cancellationToken);
        record.UnitId = unit.Id;
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<bool> DeleteAsync<TRecord>(int id, CancellationToken cancellationToken)
        where TRecord : OrganisationRecord
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await FindAsync<TRecord>(db, id, cancellationToken);
        await access.EnsureCanWriteAsync(record.UnitId, ModuleKey, record.WriteDay(clock.Today()), cancellationToken);
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<TRecord> GetAsync<TRecord>(int id, CancellationToken cancellationToken)
        where TRecord : OrganisationRecord
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await FindAsync<TRecord>(db, id, cancellationToken);
        return await access.CanReadAsync(record.UnitId, cancellationToken) ? record : throw RecordIds.NotFound($"{id}"); // as if missing
    }

    /// <summary>
    /// The records of a unit's subtree (the caller's unit by default), latest first; with <paramref name="from"/> or
    /// <paramref name="to"/>, only those held or in place during that range.
    /// </summary>
    public async Task<Page<TRecord>> ListAsync<TRecord>(string? unitCode, DateOnly? from, DateOnly? to, PageRequest page, CancellationToken cancellationToken)
        where TRecord : OrganisationRecord, IDated<TRecord>
    {
        if (from > to)
        {
            throw new DomainException(ErrorCodes.Validation, "Ngày \"từ\" phải không sau ngày \"đến\".", "from");
        }

        var units = await access.ReadableSubtreeAsync(VietnameseText.Clean(unitCode), cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var records = db.Set<TRecord>().AsNoTracking().Where(r => units.Contains(r.UnitId));
        if (from is not null || to is not null)
        {
            records = records.Where(TRecord.During(from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue));
        }

        return await records.OrderByDescending(TRecord.Date).ThenByDescending(r => r.Id).ToPageAsync(page, cancellationToken);
    }

    private static async Task<TRecord> FindAsync<TRecord>(OrganisationDbContext db, int id, CancellationToken cancellationToken)
        where TRecord : OrganisationRecord =>
        await db.Set<TRecord>().FindAsync([id], cancellationToken) ?? throw RecordIds.NotFound($"{id}");
}
