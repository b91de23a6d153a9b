using FluentValidation;

namespace Modular.Modules.Organisation.Validation;

/// <summary>The rules the module's inputs share beyond Shared's, with the messages officers see.</summary>
internal static class OrganisationRules
{
    public static IRuleBuilderOptions<T, string> UnitCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(code => VietnameseText.Clean(code) is not null).WithMessage("Chưa chọn đơn vị (mã đơn vị).");

    /// <summary>An end day (the first day no longer in place) after the start day and not in the future.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> EndsAfter<T>(this IRuleBuilder<T, DateOnly?> rule, Func<T, DateOnly> start, TimeProvider clock, string label) =>
        rule.Must((input, end) => end is null || end > start(input)).WithMessage($"{label} phải sau ngày bắt đầu.")
            .NotInFuture(clock, label);
}
