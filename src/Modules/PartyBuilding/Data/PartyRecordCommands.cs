using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.PartyBuilding.Domain;
using Modular.Shared;
using Modular.Shared.Access;

namespace Modular.Modules.PartyBuilding.Data;

/// <summary>
/// Creates, updates and deletes the module's records, the same way for every kind: validate the whole input, check
/// the caller may write the unit on the record's day, then write in one save, so a refusal leaves nothing written.
/// </summary>
internal sealed class PartyRecordCommands(IDbContextFactory<PartyBuildingDbContext> factory, UnitAccess access)
{
    public async Task<TRecord> CreateAsync<TRecord, TInput>(TInput input, IValidator<TInput> validator, CancellationToken cancellationToken)
        where TRecord : PartyRecord, new()
        where TInput : IPartyRecordInput<TRecord>
    {
        var unit = await CheckAsync<TRecord, TInput>(input, validator, cancellationToken);
        var record = new TRecord { UnitId = unit.Id };
        input.ApplyTo(record);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<TRecord> UpdateAsync<TRecord, TInput>(string id, TInput input, IValidator<TInput> validator, string label, CancellationToken cancellationToken)
        where TRecord : PartyRecord
        where TInput : IPartyRecordInput<TRecord>
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await RequireAsync<TRecord>(db, id, label, cancellationToken);
        // Both the record as it stands and as it will be must be writable: a reporter cannot move a record out of her subtree or into a unit with the module off.
        await access.EnsureCanWriteAsync(record.UnitId, PartyBuildingModule.ModuleKey, record.Date, cancellationToken);
        var unit = await CheckAsync<TRecord, TInput>(input, validator, cancellationToken);
        record.UnitId = unit.Id;
        input.ApplyTo(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<int> DeleteAsync<TRecord>(string id, string label, CancellationToken cancellationToken)
        where TRecord : PartyRecord
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var record = await RequireAsync<TRecord>(db, id, label, cancellationToken);
        await access.EnsureCanWriteAsync(record.UnitId, PartyBuildingModule.ModuleKey, record.Date, cancellationToken);
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    private async Task<UnitRef> CheckAsync<TRecord, TInput>(TInput input, IValidator<TInput> validator, CancellationToken cancellationToken)
        where TRecord : PartyRecord
        where TInput : IPartyRecordInput<TRecord>
    {
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var unit = await access.ForWriteAsync(input.UnitCode, PartyBuildingModule.ModuleKey, input.Day, cancellationToken);
        if (input.RefuseUnit(unit) is { } reason)
        {
            throw new DomainException(ErrorCodes.Validation, reason, "unitCode");
        }

        return unit;
    }

    private static async Task<TRecord> RequireAsync<TRecord>(PartyBuildingDbContext db, string id, string label, CancellationToken cancellationToken)
        where TRecord : PartyRecord
    {
        var record = int.TryParse(id, out var key)
            ? await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == key, cancellationToken)
            : null;
        return record ?? throw new DomainException(ErrorCodes.NotFound, $"Không tìm thấy {label} mã {id}.", "id");
    }
}
