using Microsoft.EntityFrameworkCore;

namespace Modular.Modules.Economy.Indicators;

/// <summary>What the module measures from its own records: each unit's own records dated in the range (at the units asked for), one grouped query per indicator.</summary>
internal sealed class EconomyIndicators(IDbContextFactory<EconomyDbContext> factory) : IIndicatorProvider
{
    public const string HouseholdsOutOfPoverty = "economy.households-out-of-poverty";
    public const string EntrepreneursSupported = "economy.entrepreneurs-supported";
    public const string CooperativesFounded = "economy.cooperatives-founded";
    public const string StartupsSupported = "economy.startups-supported";
    public const string Loans = "economy.loans";
    public const string LoanAmount = "economy.loan-amount";

    public string ModuleKey => EconomyModule.ModuleKey;

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(HouseholdsOutOfPoverty, "Số hộ có phụ nữ nghèo, cận nghèo thoát nghèo, thoát cận nghèo", IndicatorSource.Records),
        new(EntrepreneursSupported, "Số phụ nữ chủ doanh nghiệp, quản lý HTX, chủ hộ kinh doanh được hỗ trợ nâng cao năng lực", IndicatorSource.Records),
        new(CooperativesFounded, "Số HTX có phụ nữ tham gia quản lý được thành lập", IndicatorSource.Records),
        new(StartupsSupported, "Số ý tưởng, dự án khởi nghiệp được hỗ trợ (Đề án 939)", IndicatorSource.Records),
        new(Loans, "Số lượt vay vốn qua tổ tiết kiệm vay vốn và Ngân hàng Chính sách xã hội", IndicatorSource.Records),
        new(LoanAmount, "Tổng số tiền vay (đồng)", IndicatorSource.Records),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> GetValuesAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = (query.From, query.To);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var values = new List<IndicatorValue>();
        foreach (var key in query.IndicatorKeys.Distinct())
        {
            IQueryable<UnitValue>? perUnit = key switch
            {
                // A household counts once, in the year the poverty review confirmed it out (one record per household and unit).
                HouseholdsOutOfPoverty => db.Households.AtUnits(query)
                    .Where(h => h.ExitedPovertyOn >= from && h.ExitedPovertyOn <= to)
                    .GroupBy(h => h.UnitId)
                    .Select(g => new UnitValue(g.Key, g.Count())),

                // Distinct women: the same folded name and birth year at the same unit is one woman, however many supports she had.
                EntrepreneursSupported => db.Entrepreneurs.AtUnits(query)
                    .Where(e => e.SupportedOn >= from && e.SupportedOn <= to)
                    .Select(e => new { e.UnitId, e.FullNameFolded, e.BirthYear })
                    .Distinct()
                    .GroupBy(e => e.UnitId)
                    .Select(g => new UnitValue(g.Key, g.Count())),

                // Target 2.2c asks for cooperatives (not cooperative groups) with women in their management.
                CooperativesFounded => db.Cooperatives.AtUnits(query)
                    .Where(c => c.Kind == CooperativeKind.Cooperative && c.WomenInManagement > 0 && c.FoundedOn >= from && c.FoundedOn <= to)
                    .GroupBy(c => c.UnitId)
                    .Select(g => new UnitValue(g.Key, g.Count())),

                StartupsSupported => db.Startups.AtUnits(query)
                    .Where(s => s.SupportedOn >= from && s.SupportedOn <= to)
                    .GroupBy(s => s.UnitId)
                    .Select(g => new UnitValue(g.Key, g.Count())),

                Loans => db.Loans.AtUnits(query)
                    .Where(l => l.LoanedOn >= from && l.LoanedOn <= to)
                    .GroupBy(l => l.UnitId)
                    .Select(g => new UnitValue(g.Key, g.Count())),

                LoanAmount => db.Loans.AtUnits(query)
                    .Where(l => l.LoanedOn >= from && l.LoanedOn <= to)
                    .GroupBy(l => l.UnitId)
                    .Select(g => new UnitValue(g.Key, g.Sum(l => l.Amount))),

                _ => null,
            };

            if (perUnit is not null)
            {
                var rows = await perUnit.ToListAsync(cancellationToken);
                values.AddRange(rows.Select(r => new IndicatorValue(key, r.UnitId, r.Value)));
            }
        }

        return values;
    }

    private sealed record UnitValue(int UnitId, double Value);
}
