using Microsoft.EntityFrameworkCore;
using Modular.Shared.Data;
using Modular.Shared.Plans;
using Modular.Shared.Storage;

namespace Modular.Shared.Reporting;

/// <summary>The reporting periods a plan starts with: the first six months, nine months and the year, each due 5 days after it ends.</summary>
public static class ReportingPeriodDefaults
{
    /// <summary>Days after a period's end its reports are due, unless a province admin says otherwise.</summary>
    public const int DueDays = 5;

    public static IReadOnlyList<ReportingPeriod> For(Plan plan)
    {
        var year = plan.Year;
        return
        [
            Period(plan, "6T", $"6 tháng đầu năm {year}", new DateOnly(year, 6, 30)),
            Period(plan, "9T", $"9 tháng năm {year}", new DateOnly(year, 9, 30)),
            Period(plan, "NAM", $"Năm {year}", new DateOnly(year, 12, 31)),
        ];
    }

    private static ReportingPeriod Period(Plan plan, string code, string name, DateOnly end) => new()
    {
        PlanId = plan.Id,
        Code = code,
        Name = name,
        Start = plan.YearStart,
        End = end,
        DueDate = end.AddDays(DueDays),
    };
}

/// <summary>Gives every plan that has no reporting period the default ones, at start-up; restarts change nothing.</summary>
internal sealed class ReportingPeriodSeeder(IDbContextFactory<CoreDbContext> factory) : IStoreInitializer
{
    public string StoreKey => CoreStore.Key;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plans = await db.Plans.Where(p => !db.ReportingPeriods.Any(r => r.PlanId == p.Id)).ToListAsync(cancellationToken);
        db.ReportingPeriods.AddRange(plans.SelectMany(ReportingPeriodDefaults.For));
        await db.SaveChangesAsync(cancellationToken);
    }
}
