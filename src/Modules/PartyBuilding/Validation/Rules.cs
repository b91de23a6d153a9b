using FluentValidation;
using Modular.Shared;

namespace Modular.Modules.PartyBuilding.Validation;

/// <summary>The checks the module's inputs share, with their Vietnamese messages.</summary>
internal static class Rules
{
    public const int ShortText = 200;
    public const int Title = 500;
    public const int LongText = 4000;

    /// <summary>Text that must be given (not blank) and fit its column.</summary>
    public static IRuleBuilderOptions<T, string> Required<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.Must(s => VietnameseText.Clean(s) is not null).WithMessage($"Cần nhập {label}.")
            .Must(s => (s ?? "").Trim().Length <= maxLength).WithMessage($"{Capitalise(label)} dài quá {maxLength} ký tự.");

    /// <summary>Text that may be left out but must fit its column.</summary>
    public static IRuleBuilderOptions<T, string?> Optional<T>(this IRuleBuilder<T, string?> rule, string label, int maxLength) =>
        rule.Must(s => s is null || s.Trim().Length <= maxLength).WithMessage($"{Capitalise(label)} dài quá {maxLength} ký tự.");

    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock, string label) =>
        rule.Must(d => d <= Today(clock)).WithMessage($"{Capitalise(label)} không được sau ngày hôm nay.");

    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock, string label) =>
        rule.Must(d => d is null || d <= Today(clock)).WithMessage($"{Capitalise(label)} không được sau ngày hôm nay.");

    public static IRuleBuilderOptions<T, string> Unit<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Cần chọn đơn vị (mã đơn vị).");

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static string Capitalise(string label) => char.ToUpperInvariant(label[0]) + label[1..];
}
