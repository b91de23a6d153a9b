using FluentValidation;
using Modular.Shared.Validation;

namespace Modular.Shared.Accounts;

/// <summary>A new account: a user name of the allowed form, a full name, a known role and a password the policy accepts.</summary>
internal sealed class CreateUserValidator : InputValidator<CreateUserInput>
{
    public const string UserNameRule = "Tên đăng nhập gồm 3 đến 50 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới; bắt đầu bằng chữ hoặc số.";

    public CreateUserValidator()
    {
        RuleFor(i => i.UserName).Must(name => AccountCommands.NormalizeUserName(name) is not null).WithMessage(UserNameRule);
        RuleFor(i => i.DisplayName).Filled("Cần nhập họ tên.").MaximumLength(200).WithMessage("Họ tên dài tối đa 200 ký tự.");
        RuleFor(i => i.Role).IsInEnum().WithMessage("Vai trò không hợp lệ.");
        RuleFor(i => i.Password).Must((i, password) => PasswordPolicy.Problem(password, AccountCommands.NormalizeUserName(i.UserName)!) is null).WithMessage(PasswordPolicy.Rule);
    }
}

/// <summary>A change to an account: only what is given is checked.</summary>
internal sealed class UpdateUserValidator : InputValidator<UpdateUserInput>
{
    public UpdateUserValidator()
    {
        RuleFor(i => i.DisplayName).FilledWhenGiven("Cần nhập họ tên.").MaximumLength(200).WithMessage("Họ tên dài tối đa 200 ký tự.");
        RuleFor(i => i.Role).IsInEnum().WithMessage("Vai trò không hợp lệ.");
    }
}
