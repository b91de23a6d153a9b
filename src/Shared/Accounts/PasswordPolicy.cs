namespace Modular.Shared.Accounts;

/// <summary>What a password must be: long enough to resist guessing, short of rules a person cannot remember.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;

    public const int MaxLength = 128;

    public const string Rule = "Mật khẩu cần từ 8 đến 128 ký tự, có cả chữ và số, và không chứa tên đăng nhập.";

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public static string? Problem(string? password, string userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength || password.Length > MaxLength
            || !password.Any(char.IsLetter) || !password.Any(char.IsDigit)
            || (userName.Length > 0 && password.Contains(userName, StringComparison.OrdinalIgnoreCase)))
        {
            return Rule;
        }

        return null;
    }
}
