using FluentValidation;
using Modular.Shared.Units;
using Modular.Shared.Validation;

namespace Modular.Shared.Plans;

internal sealed class AllocateGoalValidator : InputValidator<AllocateGoalInput>
{
    public AllocateGoalValidator()
    {
        RuleFor(i => i.Goal).NonNegative("Chỉ tiêu giao phải là số không âm.");
    }
}

/// <summary>A key activity (milestone) target, done on a day of its plan's year that has come.</summary>
internal sealed class CompleteMilestoneValidator : InputValidator<CompleteMilestoneInput>
{
    public CompleteMilestoneValidator(Plan plan, Target target, TimeProvider clock)
    {
        RuleFor(i => i.TargetCode).Must(_ => target.Kind == TargetKind.Milestone)
            .WithMessage($"Chỉ tiêu {target.Code} không phải là hoạt động trọng tâm (mốc).");
        RuleFor(i => i.CompletedOn).Must(day => day.Year == plan.Year && day <= clock.Today())
            .WithMessage($"Ngày hoàn thành phải trong năm {plan.Year} và không ở tương lai.");
    }
}

/// <summary>The fields given: a title, a goal, a threshold for coverage targets, a due date in the plan's year, known levels.</summary>
internal sealed class UpdateTargetValidator : InputValidator<UpdateTargetInput>
{
    public UpdateTargetValidator(Plan plan, Target target, UnitTree tree)
    {
        RuleFor(i => i.Title).FilledWhenGiven("Tên chỉ tiêu không được để trống.");
        RuleFor(i => i.Goal).NonNegative("Mục tiêu phải là số không âm.");
        RuleFor(i => i.Threshold).Must(threshold => threshold is null || (target.Kind == TargetKind.Coverage && threshold >= 0))
            .WithMessage("Ngưỡng chỉ dùng cho chỉ tiêu bao phủ và phải không âm.");
        RuleFor(i => i.DueDate).Must(day => day is null || day.Value.Year == plan.Year)
            .WithMessage($"Hạn hoàn thành phải trong năm {plan.Year}.");
        RuleFor(i => i.Levels).Must(levels => levels is null || (levels.Count > 0 && Unknown(levels).Count == 0))
            .WithMessage(i => $"Cấp áp dụng không hợp lệ: {string.Join(", ", Unknown(i.Levels!))}.");

        List<string> Unknown(IReadOnlyList<string> levels) => levels.Where(l => tree.FindLevel(l) is null).ToList();
    }
}

internal sealed class CopyPlanValidator : InputValidator<CopyPlanInput>
{
    public CopyPlanValidator()
    {
        RuleFor(i => i.NewCode).Filled("Cần số hiệu kế hoạch mới.");
        RuleFor(i => i.Year).InclusiveBetween(2000, 2100).WithMessage("Năm kế hoạch không hợp lệ.");
    }
}
