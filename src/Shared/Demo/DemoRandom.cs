using Modular.Shared.Access;

namespace Modular.Shared.Demo;

/// <summary>The draws every module's demo data makes: names, counts, days and places, the same way everywhere.</summary>
public static class DemoRandom
{
    public static readonly IReadOnlyList<string> FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

    public static readonly IReadOnlyList<string> MiddleNames = ["Thị", "Ngọc", "Thu", "Minh", "Thanh", "Kim"];

    public static readonly IReadOnlyList<string> GivenNames = ["Lan", "Hoa", "Mai", "Hương", "Hạnh", "Thảo", "Trang", "Hà", "Linh", "Nga", "Yến", "Nhung", "Phương", "Tuyết", "Loan"];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A woman's full name: family, middle and given name.</summary>
    public static string PersonName(this Random random) => $"{random.Pick(FamilyNames)} {random.Pick(MiddleNames)} {random.Pick(GivenNames)}";

    /// <summary>A whole number whose average is <paramref name="expected"/>: its whole part, plus one as often as its fraction.</summary>
    public static int Count(this Random random, double expected)
    {
        var whole = (int)Math.Floor(expected);
        return whole + (random.NextDouble() < expected - whole ? 1 : 0);
    }

    /// <summary>A day from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static DateOnly DayBetween(this Random random, DateOnly first, DateOnly last) => first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));

    /// <summary>A day of the year.</summary>
    public static DateOnly DayIn(this Random random, int year) => random.DayBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>What a unit's places are called: wards and townships are divided into residential groups, communes into villages.</summary>
    public static string VillagePrefix(UnitRef unit) =>
        unit.Name.Contains("Phường", StringComparison.Ordinal) || unit.Name.Contains("Thị trấn", StringComparison.Ordinal) ? "Tổ dân phố" : "Thôn";
}
