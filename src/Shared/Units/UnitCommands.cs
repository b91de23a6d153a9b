using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Storage;
using Modular.Shared.Validation;

namespace Modular.Shared.Units;

/// <summary>Input of <c>addUnit</c>; an empty <see cref="ParentCode"/> makes a new root (bulk imports only).</summary>
public sealed record AddUnitInput(string Code, string PlaceName, string? Name, string Level, string ParentCode, DateOnly ValidFrom);

/// <summary>Input of <c>renameUnit</c>: a new union name, and optionally a new place name.</summary>
public sealed record RenameUnitInput(string Code, string Name, string? PlaceName);

/// <summary>Input of <c>closeUnit</c>: the last day the unit exists, and the unit that takes over.</summary>
public sealed record CloseUnitInput(string Code, DateOnly ValidTo, string? SuccessorCode);

/// <summary>Writes to the unit tree (province admins). Each validates everything before writing, and writes in one save.</summary>
public sealed class UnitCommands(IDbContextFactory<CoreDbContext> factory, UnitDirectory directory, AdminGuard guard)
{
    public async Task<Unit> AddUnitAsync(AddUnitInput input, CancellationToken cancellationToken)
    {
        var tree = await LoadTreeForAdminAsync(cancellationToken);
        // The parent the code names on the unit's first day; failing that, the one it names now, for the validator to refuse by date.
        var parent = tree.Find(input.ParentCode, input.ValidFrom) ?? tree.Require(input.ParentCode, "parentCode");
        await new AddUnitValidator(tree, _ => parent).ValidateAndThrowAsync(input, cancellationToken);
        var unit = NewUnit(tree, input);
        EnsureCodeIsFree(tree, unit);
        unit.ParentId = parent.Id;

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return unit;
    }

    /// <summary>
    /// Adds many units in one transaction (a new province's tree, a synthetic tree for benchmarks): every unit is
    /// checked as <see cref="AddUnitAsync"/> checks one, parents may come earlier in the same list, and the audit
    /// trail gets one import entry.
    /// </summary>
    public async Task<int> ImportUnitsAsync(IReadOnlyList<AddUnitInput> inputs, string label, CancellationToken cancellationToken)
    {
        var tree = await LoadTreeForAdminAsync(cancellationToken);
        var pending = new Dictionary<string, (Unit Unit, string ParentCode)>(StringComparer.Ordinal);
        Unit? FindParent(string code) => pending.TryGetValue(code, out var added) ? added.Unit : tree.Find(code);
        var validator = new AddUnitValidator(tree, FindParent);
        foreach (var input in inputs)
        {
            // An empty parent code is a new root, such as the central union.
            if (input.ParentCode.Length > 0 && FindParent(input.ParentCode) is null)
            {
                throw new DomainException(ErrorCodes.NotFound, $"Đơn vị {input.Code}: không có đơn vị cấp trên mã {input.ParentCode}.", "parentCode");
            }

            validator.EnsureRowValid(input, $"Đơn vị {input.Code}");
            var unit = NewUnit(tree, input);
            EnsureCodeIsFree(tree, unit, pending.ContainsKey(unit.Code));
            pending[unit.Code] = (unit, input.ParentCode);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        // Parents are inserted a level before their children, so their ids are known.
        foreach (var rank in pending.Values.GroupBy(p => tree.Level(p.Unit).Rank).OrderBy(g => g.Key))
        {
            foreach (var (unit, parentCode) in rank)
            {
                unit.ParentId = parentCode.Length == 0 ? null : FindParent(parentCode)!.Id;
            }

            db.Units.AddRange(rank.Select(p => p.Unit));
            db.RecordImport(nameof(Unit), rank.Count(), label);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        directory.Invalidate();
        return pending.Count;
    }

    public async Task<Unit> RenameUnitAsync(RenameUnitInput input, CancellationToken cancellationToken)
    {
        var tree = await LoadTreeForAdminAsync(cancellationToken);
        var id = tree.Require(input.Code, "code").Id;
        await new RenameUnitValidator().ValidateAndThrowAsync(input, cancellationToken);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.SingleAsync(u => u.Id == id, cancellationToken);
        unit.Name = VietnameseText.Clean(input.Name)!;
        unit.PlaceName = VietnameseText.Clean(input.PlaceName) ?? unit.PlaceName;
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return unit;
    }

    public async Task<Unit> CloseUnitAsync(CloseUnitInput input, CancellationToken cancellationToken)
    {
        var tree = await LoadTreeForAdminAsync(cancellationToken);
        var unit = tree.Find(input.Code, input.ValidTo) ?? tree.Require(input.Code, "code");
        var successor = input.SuccessorCode is null ? null
            : tree.Find(input.SuccessorCode, input.ValidTo.AddDays(1)) ?? tree.Require(input.SuccessorCode, "successorCode");
        await new CloseUnitValidator(tree, unit, successor).ValidateAndThrowAsync(input, cancellationToken);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entity = await db.Units.SingleAsync(u => u.Id == unit.Id, cancellationToken);
        entity.ValidTo = input.ValidTo;
        entity.SuccessorId = successor?.Id;
        if (successor is not null)
        {
            // The whole unit goes into its successor: its work counts there from the next day.
            db.UnitLineage.Add(new UnitLineage { PredecessorId = unit.Id, SuccessorId = successor.Id, Share = LineageShare.Whole, EffectiveFrom = input.ValidTo.AddDays(1) });
        }

        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return entity;
    }

    private async Task<UnitTree> LoadTreeForAdminAsync(CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        guard.EnsureProvinceAdmin(tree);
        return tree;
    }

    /// <summary>The unit a validated input describes, not yet placed under its parent.</summary>
    private static Unit NewUnit(UnitTree tree, AddUnitInput input)
    {
        var place = VietnameseText.Clean(input.PlaceName)!;
        return new Unit
        {
            Code = VietnameseText.Clean(input.Code)!,
            PlaceName = place,
            Name = VietnameseText.Clean(input.Name) ?? $"Hội LHPN {place}",
            LevelKey = tree.FindLevel(input.Level)!.Key,
            ValidFrom = input.ValidFrom,
        };
    }

    /// <summary>A code names one unit on any day: a new unit may reuse the code of one that closed before it begins.</summary>
    private static void EnsureCodeIsFree(UnitTree tree, Unit unit, bool takenInImport = false)
    {
        if (takenInImport || tree.WithCode(unit.Code).Any(u => u.ValidTo is null || u.ValidTo >= unit.ValidFrom))
        {
            throw new DomainException(ErrorCodes.Conflict, $"Đã có đơn vị mã {unit.Code}.", "code");
        }
    }
}
