using System.Globalization;
using System.Text;

namespace Modular.Shared;

/// <summary>Vietnamese text as users type it: trimmed, NFC, and foldable for accent-free search.</summary>
public static class VietnameseText
{
    /// <summary>Trimmed, NFC-normalised text, or null when blank.</summary>
    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Lower case without diacritics, "đ" as "d": "Nguyễn Thị" → "nguyen thi".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
