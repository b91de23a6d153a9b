using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Family.Domain;
using Modular.Modules.Family.Validation;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;
using Modular.Shared.Storage;

namespace Modular.Modules.Family.Data;

/// <summary>A rule that no two records of one unit share a value (a victim's case code, a form's name).</summary>
internal sealed record UniqueInUnit<TRecord>(Func<TRecord, Expression<Func<TRecord, bool>>> SameAs, string Field, Func<TRecord, string> Message);

/// <summary>
/// Reads and writes the module's records under the access rule (<see cref="UnitAccess"/>), and, for confidential
/// records, the stricter rule that only the reporters and managers of the record's own unit see or touch them.
/// Every write validates everything first and saves once.
/// </summary>
internal sealed class FamilyRecordStore(
    IDbContextFactory<FamilyDbContext> factory, UnitAccess access, IServiceProvider services, TimeProvider clock)
{
    private const string ConfidentialRefusal =
        "Hồ sơ nạn nhân bạo lực gia đình, mua bán người chỉ cán bộ báo cáo, quản lý của chính đơn vị lưu hồ sơ được xem và ghi.";

    public async Task<Page<TRecord>> ListAsync<TRecord>(
        string? unitCode, Func<IQueryable<TRecord>, IQueryable<TRecord>> filter, PageRequest page, CancellationToken cancellationToken)
        where TRecord : FamilyRecord
    {
        IReadOnlyList<int> units = await access.ReadableSubtreeAsync(unitCode, cancellationToken);
        if (IsConfidential<TRecord>())
        {
            var own = await OwnUnitForConfidentialAsync(cancellationToken);
            units = units.Contains(own.Id) ? [own.Id] : [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await filter(db.Set<TRecord>().AsNoTracking().Where(r => units.Contains(r.UnitId))).ToPageAsync(page, cancellationToken);
    }

    public async Task<TRecord> GetAsync<TRecord>(int id, CancellationToken cancellationToken)
        where TRecord : FamilyRecord
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound(id);
        await EnsureCanReadAsync(record, cancellationToken);
        return record;
    }

    public async Task<TRecord> CreateAsync<TRecord, TInput>(TInput input, UniqueInUnit<TRecord>? unique, CancellationToken cancellationToken)
        where TRecord : FamilyRecord, new()
        where TInput : IFamilyInput<TRecord>
    {
        await services.GetRequiredService<IValidator<TInput>>().ValidateAndThrowAsync(input, cancellationToken);
        var record = new TRecord();
        input.ApplyTo(record);
        record.UnitId = (await WritableUnitAsync<TRecord>(input.UnitCode, record.WriteDay(Today), cancellationToken)).Id;

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureUniqueAsync(db, record, unique, cancellationToken);
        db.Add(record);
        await SaveAsync(db, record, unique, cancellationToken);
        return record;
    }

    public async Task<TRecord> UpdateAsync<TRecord, TInput>(int id, TInput input, UniqueInUnit<TRecord>? unique, CancellationToken cancellationToken)
        where TRecord : FamilyRecord
        where TInput : IFamilyInput<TRecord>
    {
        await services.GetRequiredService<IValidator<TInput>>().ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound(id);
        await EnsureCanReadAsync(record, cancellationToken);

        // The record as it was must be writable (its unit, its day), and so must the record as it will be.
        await access.EnsureCanWriteAsync(record.UnitId, FamilyModule.ModuleKey, record.WriteDay(Today), cancellationToken);
        input.ApplyTo(record);
        record.UnitId = (await WritableUnitAsync<TRecord>(input.UnitCode, record.WriteDay(Today), cancellationToken)).Id;

        await EnsureUniqueAsync(db, record, unique, cancellationToken);
        await SaveAsync(db, record, unique, cancellationToken);
        return record;
    }

    public async Task<int> DeleteAsync<TRecord>(int id, CancellationToken cancellationToken)
        where TRecord : FamilyRecord
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound(id);
        await EnsureCanReadAsync(record, cancellationToken);
        await access.EnsureCanWriteAsync(record.UnitId, FamilyModule.ModuleKey, record.WriteDay(Today), cancellationToken);
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    private DateOnly Today => FamilyRules.Today(clock);

    private static bool IsConfidential<TRecord>() => typeof(IConfidentialRecord).IsAssignableFrom(typeof(TRecord));

    private async Task EnsureCanReadAsync<TRecord>(TRecord record, CancellationToken cancellationToken)
        where TRecord : FamilyRecord
    {
        if (!IsConfidential<TRecord>())
        {
            await access.EnsureCanReadAsync(record.UnitId, cancellationToken);
            return;
        }

        // Outside the unit a confidential record is answered as missing, so its existence is not disclosed either.
        var own = await OwnUnitForConfidentialAsync(cancellationToken);
        if (record.UnitId != own.Id)
        {
            throw NotFound(record.Id);
        }
    }

    private async Task<UnitRef> WritableUnitAsync<TRecord>(string unitCode, DateOnly day, CancellationToken cancellationToken)
        where TRecord : FamilyRecord
    {
        var unit = await access.ForWriteAsync(unitCode.Trim(), FamilyModule.ModuleKey, day, cancellationToken);
        if (IsConfidential<TRecord>() && unit.Id != (await OwnUnitForConfidentialAsync(cancellationToken)).Id)
        {
            throw new DomainException(ErrorCodes.Forbidden, ConfidentialRefusal, "unitCode");
        }

        return unit;
    }

    /// <summary>The caller's own unit, when her role lets her handle confidential records at all (reporter or above).</summary>
    private async Task<UnitRef> OwnUnitForConfidentialAsync(CancellationToken cancellationToken)
    {
        var caller = access.RequireCaller();
        if (caller.Role < Role.Reporter || caller.UnitCode == Caller.RootUnit)
        {
            throw new DomainException(ErrorCodes.Forbidden, ConfidentialRefusal);
        }

        return await access.ForReadAsync(caller.UnitCode, cancellationToken);
    }

    private static async Task EnsureUniqueAsync<TRecord>(FamilyDbContext db, TRecord record, UniqueInUnit<TRecord>? unique, CancellationToken cancellationToken)
        where TRecord : FamilyRecord
    {
        if (unique is null)
        {
            return;
        }

        var unitId = record.UnitId;
        var id = record.Id;
        if (await db.Set<TRecord>().Where(r => r.UnitId == unitId && r.Id != id).AnyAsync(unique.SameAs(record), cancellationToken))
        {
            throw new DomainException(ErrorCodes.Conflict, unique.Message(record), unique.Field);
        }
    }

    /// <summary>Saves; a unique index that still refuses (two writers at once) is reported like the check before it.</summary>
    private static async Task SaveAsync<TRecord>(FamilyDbContext db, TRecord record, UniqueInUnit<TRecord>? unique, CancellationToken cancellationToken)
        where TRecord : FamilyRecord
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (unique is not null)
        {
            throw new DomainException(ErrorCodes.Conflict, unique.Message(record), unique.Field);
        }
    }

    private static DomainException NotFound(int id) => new(ErrorCodes.NotFound, $"Không tìm thấy bản ghi số {id}.", "id");
}
