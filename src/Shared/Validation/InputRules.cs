using FluentValidation;

namespace Modular.Shared.Validation;

/// <summary>Rules every input shares, with the message the user sees.</summary>
public static class InputRules
{
    /// <summary>Today on the server's calendar (the province's day).</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Text that is not blank once cleaned.</summary>
    public static IRuleBuilderOptions<T, string> Filled<T>(this IRuleBuilder<T, string> rule, string message) =>
        rule.Must(text => VietnameseText.Clean(text) is not null).WithMessage(message);

    /// <summary>Text that must be given and fit its column: "Họ tên chủ hộ không được để trống.", "… dài quá 200 ký tự."</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.Filled($"{Capitalised(label)} không được để trống.").FitsIn(label, maxLength);

    /// <summary>Text that fits its column (at most <paramref name="maxLength"/> characters once trimmed).</summary>
    public static IRuleBuilderOptions<T, string> FitsIn<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.Must(text => (text ?? string.Empty).Trim().Length <= maxLength).WithMessage($"{Capitalised(label)} dài quá {maxLength} ký tự.");

    /// <summary>Text that may be left out but must fit its column.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, string label, int maxLength) =>
        rule.Must(text => text is null || text.Trim().Length <= maxLength).WithMessage($"{Capitalised(label)} dài quá {maxLength} ký tự.");

    /// <summary>A day that has come: "Ngày vay không được sau ngày hôm nay."</summary>
    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock, string label) =>
        rule.Must(day => day <= clock.Today()).WithMessage($"{Capitalised(label)} không được sau ngày hôm nay.");

    /// <summary>A day left out, or one that has come.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock, string label) =>
        rule.Must(day => day is null || day <= clock.Today()).WithMessage($"{Capitalised(label)} không được sau ngày hôm nay.");

    /// <summary>A count of people or things: zero or more.</summary>
    public static IRuleBuilderOptions<T, int> Count<T>(this IRuleBuilder<T, int> rule, string label) =>
        rule.GreaterThanOrEqualTo(0).WithMessage($"{Capitalised(label)} không được âm.");

    /// <summary>A count left out, or zero or more.</summary>
    public static IRuleBuilderOptions<T, int?> Count<T>(this IRuleBuilder<T, int?> rule, string label) =>
        rule.Must(n => n is null || n >= 0).WithMessage($"{Capitalised(label)} không được âm.");

    /// <summary>Text that is left out, or not blank once cleaned.</summary>
    public static IRuleBuilderOptions<T, string?> FilledWhenGiven<T>(this IRuleBuilder<T, string?> rule, string message) =>
        rule.Must(text => text is null || VietnameseText.Clean(text) is not null).WithMessage(message);

    /// <summary>A finite number, zero or more.</summary>
    public static IRuleBuilderOptions<T, double> NonNegative<T>(this IRuleBuilder<T, double> rule, string message) =>
        rule.Must(IsNonNegative).WithMessage(message);

    /// <summary>Left out, or a finite number, zero or more.</summary>
    public static IRuleBuilderOptions<T, double?> NonNegative<T>(this IRuleBuilder<T, double?> rule, string message) =>
        rule.Must(value => value is not { } number || IsNonNegative(number)).WithMessage(message);

    /// <summary>
    /// Checks one row of a bulk write; a refusal names the row (for example "Đơn vị 22330") so the batch can be
    /// fixed from the message alone.
    /// </summary>
    public static void EnsureRowValid<T>(this IValidator<T> validator, T row, string rowName)
    {
        var result = validator.Validate(row);
        if (!result.IsValid)
        {
            var failure = result.Errors[0];
            throw new DomainException(ErrorCodes.Validation, $"{rowName}: {failure.ErrorMessage}", FieldName(failure.PropertyName));
        }
    }

    /// <summary>The input field a failure names, as the API spells it ("PeriodEnd" → "periodEnd").</summary>
    public static string FieldName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    /// <summary>A label as the start of a sentence: "ngày vay" → "Ngày vay".</summary>
    public static string Capitalised(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];

    private static bool IsNonNegative(double value) => value >= 0 && double.IsFinite(value);
}
