using FluentValidation;
using Modular.Shared;

namespace Modular.Modules.Economy.Validation;

/// <summary>The input of a create or update mutation: the whole record, named by its unit's code.</summary>
internal interface IRecordInput<TSelf, TRecord>
{
    string? UnitCode { get; }

    /// <summary>The same input with every text cleaned (<see cref="VietnameseText.Clean"/>), ready to validate.</summary>
    TSelf Cleaned();

    /// <summary>Copies the validated input onto the record (the unit is set by the caller, after the access check).</summary>
    void CopyTo(TRecord record);
}

/// <summary>The rules the inputs share; messages name the field in Vietnamese so the officer knows what to fix.</summary>
internal static class RuleBuilderExtensions
{
    public const int MaxNameLength = 200;

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, string label, int maxLength = MaxNameLength) =>
        rule.NotEmpty().WithMessage($"{label} không được để trống.")
            .MaximumLength(maxLength).WithMessage($"{label} dài quá {maxLength} ký tự.");

    public static IRuleBuilderOptions<T, string?> UnitCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Cần chọn đơn vị (mã đơn vị) của bản ghi.");

    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider clock, string label) =>
        rule.Must(day => day <= clock.Today())
            .WithMessage((_, day) => $"{label} ({day:dd/MM/yyyy}) không được sau ngày hôm nay ({clock.Today():dd/MM/yyyy}).");

    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock, string label) =>
        rule.Must(day => day is null || day <= clock.Today())
            .WithMessage((_, day) => $"{label} ({day:dd/MM/yyyy}) không được sau ngày hôm nay ({clock.Today():dd/MM/yyyy}).");
}
