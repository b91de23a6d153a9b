using FluentValidation;

namespace Modular.Modules.PartyBuilding.Validation;

/// <summary>The checks the module's inputs share, with their Vietnamese messages.</summary>
internal static class PartyBuildingRules
{
    public const int ShortText = 200;
    public const int Title = 500;
    public const int LongText = 4000;

    /// <summary>Text that must be given (not blank) and fit its column.</summary>
    public static IRuleBuilderOptions<T, string> Required<T>(this IRuleBuilder<T, string> rule, string label, int maxLength) =>
        rule.Filled($"Cần nhập {label}.").FitsIn(label, maxLength);
}
