using FluentValidation;
using Modular.Shared;

namespace Modular.Modules.Organisation.Validation;

/// <summary>The rules every input shares, with the messages officers see.</summary>
internal static class Rules
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static IRuleBuilderOptions<T, string> UnitCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(code => VietnameseText.Clean(code) is not null).WithMessage("Chưa chọn đơn vị (mã đơn vị).");

    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.Must(text => VietnameseText.Clean(text) is not null).WithMessage($"{label} không được để trống.")
            .Must(text => text.Trim().Length <= maxLength).WithMessage($"{label} dài tối đa {maxLength} ký tự.");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, string label, int maxLength) =>
        rule.Must(text => text is null || text.Trim().Length <= maxLength).WithMessage($"{label} dài tối đa {maxLength} ký tự.");

    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock, string label) =>
        rule.Must(day => day <= clock.Today()).WithMessage($"{label} không được sau ngày hôm nay.");

    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock, string label) =>
        rule.Must(day => day is null || day <= clock.Today()).WithMessage($"{label} không được sau ngày hôm nay.");

    /// <summary>An end day (the first day no longer in place) after the start day and not in the future.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> EndsAfter<T>(this IRuleBuilder<T, DateOnly?> rule, Func<T, DateOnly> start, TimeProvider clock, string label) =>
        rule.Must((input, end) => end is null || end > start(input)).WithMessage($"{label} phải sau ngày bắt đầu.")
            .NotInFuture(clock, label);

    public static IRuleBuilderOptions<T, int> Count<T>(this IRuleBuilder<T, int> rule, string label) =>
        rule.GreaterThanOrEqualTo(0).WithMessage($"{label} không được âm.");

    public static IRuleBuilderOptions<T, int?> Count<T>(this IRuleBuilder<T, int?> rule, string label) =>
        rule.Must(n => n is null || n >= 0).WithMessage($"{label} không được âm.");
}

/// <summary>Stops at a property's first failure so each field gets one clear message.</summary>
internal abstract class OrganisationValidator<T> : AbstractValidator<T>
{
    protected OrganisationValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
    }
}
