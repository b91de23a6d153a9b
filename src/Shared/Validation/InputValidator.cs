using FluentValidation;

namespace Modular.Shared.Validation;

/// <summary>
/// Base of a validator that stops at the first failure, so a refusal names one field with one message; rules run in
/// the order they are declared, which lets later rules rely on earlier ones having passed.
/// </summary>
public abstract class InputValidator<T> : AbstractValidator<T>
{
    protected InputValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;
        RuleLevelCascadeMode = CascadeMode.Stop;
    }
}
