using FluentValidation;
using Modular.Shared.Indicators;
using Modular.Shared.Modularity;
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

/// <summary>
/// A new target: a code and title, an installed module, what its kind reads (an indicator of that module for sums,
/// ratios and coverage; a denominator for ratios; a threshold for coverage; nothing for milestones), a goal, levels
/// that exist and a due date in the plan's year.
/// </summary>
internal sealed class AddTargetValidator : InputValidator<AddTargetInput>
{
    public AddTargetValidator(Plan plan, UnitTree tree, IndicatorRegistry indicators, ModuleCatalog catalog)
    {
        RuleFor(i => i.Code).RequiredText("Mã chỉ tiêu", 20);
        RuleFor(i => i.Title).RequiredText("Tên chỉ tiêu", 500);
        RuleFor(i => i.Section).OptionalText("Mục của kế hoạch", 20);
        RuleFor(i => i.ModuleKey).Must(catalog.IsInstalled).WithMessage(i => $"Mô-đun '{i.ModuleKey}' không được cài đặt.");
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Loại chỉ tiêu không hợp lệ.");
        RuleFor(i => i.Indicator)
            .Must((i, key) => i.Kind == TargetKind.Milestone ? key is null : IsOf(indicators, key, i.ModuleKey))
            .WithMessage(i => i.Kind == TargetKind.Milestone
                ? "Hoạt động trọng tâm (mốc) không đọc chỉ số nào."
                : $"Chỉ tiêu cần một chỉ số của mô-đun '{i.ModuleKey}'; không có chỉ số '{i.Indicator}'.");
        RuleFor(i => i.Denominator)
            .Must((i, key) => i.Kind switch
            {
                TargetKind.Ratio => IsOf(indicators, key, i.ModuleKey),
                TargetKind.Coverage => key is null || IsOf(indicators, key, i.ModuleKey),
                _ => key is null,
            })
            .WithMessage(i => i.Kind is TargetKind.Ratio or TargetKind.Coverage
                ? $"Mẫu số phải là một chỉ số của mô-đun '{i.ModuleKey}'; không có chỉ số '{i.Denominator}'."
                : "Chỉ tiêu tổng và mốc không có mẫu số.");
        RuleFor(i => i.Goal).NonNegative("Mục tiêu phải là số không âm.");
        RuleFor(i => i.Threshold).Must((i, threshold) => i.Kind == TargetKind.Coverage ? threshold >= 0 : threshold is null)
            .WithMessage("Ngưỡng (không âm) chỉ dùng và bắt buộc cho chỉ tiêu bao phủ.");
        RuleFor(i => i.Levels).Must(levels => levels.Count > 0 && levels.All(l => tree.FindLevel(l) is not null))
            .WithMessage(i => $"Cấp áp dụng không hợp lệ: {string.Join(", ", i.Levels.Where(l => tree.FindLevel(l) is null))}.");
        RuleFor(i => i.DueDate).Must(day => day.Year == plan.Year).WithMessage($"Hạn hoàn thành phải trong năm {plan.Year}.");
    }

    private static bool IsOf(IndicatorRegistry indicators, string? key, string moduleKey) =>
        key is not null && indicators.Find(key) is { } indicator && indicator.ModuleKey == moduleKey;
}
