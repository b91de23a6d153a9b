using FluentValidation;
using Modular.Shared.Validation;

namespace Modular.Shared.Units;

/// <summary>A new unit: its code, place and level, and a parent of a higher level in force on its first day.</summary>
internal sealed class AddUnitValidator : InputValidator<AddUnitInput>
{
    /// <param name="tree">The tree the unit joins (for its levels).</param>
    /// <param name="findParent">The parent by code, among existing units and those added earlier in the same import.</param>
    public AddUnitValidator(UnitTree tree, Func<string, Unit?> findParent)
    {
        RuleFor(i => i.Code).Filled("Cần mã đơn vị.");
        RuleFor(i => i.PlaceName).Filled("Cần tên địa bàn.");
        RuleFor(i => i.Level).Must(level => tree.FindLevel(level) is not null).WithMessage(i => $"Không có cấp '{i.Level}'.");
        RuleFor(i => i.ParentCode)
            .Must((i, code) => findParent(code) is not { } parent || tree.Level(parent).Rank < tree.FindLevel(i.Level)!.Rank)
            .WithMessage(i => $"Đơn vị cấp {tree.FindLevel(i.Level)!.Name} không thể trực thuộc {findParent(i.ParentCode)!.Name}.");
        RuleFor(i => i.ValidFrom)
            .Must((i, day) => findParent(i.ParentCode) is not { } parent || parent.IsInForceOn(day))
            .WithMessage(i => $"{findParent(i.ParentCode)!.Name} không hoạt động vào ngày {i.ValidFrom:dd/MM/yyyy}.");
    }
}

internal sealed class RenameUnitValidator : InputValidator<RenameUnitInput>
{
    public RenameUnitValidator()
    {
        RuleFor(i => i.Name).Filled("Tên đơn vị không được để trống.");
    }
}

/// <summary>Closing a unit: not the root, not before it began, no open units under it, a successor in force after it.</summary>
internal sealed class CloseUnitValidator : InputValidator<CloseUnitInput>
{
    public CloseUnitValidator(UnitTree tree, Unit unit, Unit? successor)
    {
        RuleFor(i => i.Code).Must(_ => unit.ParentId is not null).WithMessage("Không thể đóng đơn vị gốc.");
        RuleFor(i => i.ValidTo).Must(day => day >= unit.ValidFrom).WithMessage($"Ngày đóng phải sau ngày thành lập {unit.ValidFrom:dd/MM/yyyy}.");
        RuleFor(i => i.Code)
            .Must((i, _) => OpenChildren(i.ValidTo) == 0)
            .WithMessage(i => $"{unit.Name} còn {OpenChildren(i.ValidTo)} đơn vị trực thuộc đang hoạt động; đóng hoặc chuyển chúng trước.");
        RuleFor(i => i.SuccessorCode)
            .Must((i, _) => successor is null || (successor.Id != unit.Id && successor.IsInForceOn(i.ValidTo.AddDays(1))))
            .WithMessage(i => $"{successor!.Name} phải là đơn vị khác, còn hoạt động sau ngày {i.ValidTo:dd/MM/yyyy}.");

        int OpenChildren(DateOnly validTo) => tree.ChildrenOf(unit.Id).Count(c => c.ValidTo is null || c.ValidTo > validTo);
    }
}
