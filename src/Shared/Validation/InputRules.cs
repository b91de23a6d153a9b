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

    private static bool IsNonNegative(double value) => value >= 0 && double.IsFinite(value);
}
