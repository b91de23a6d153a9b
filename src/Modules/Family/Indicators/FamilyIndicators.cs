using Microsoft.EntityFrameworkCore;

namespace Modular.Modules.Family.Indicators;

/// <summary>
/// What the module measures. Each indicator is one grouped query over the unit's own records; the progress engine
/// rolls the values up the tree. Aggregates cover every record, victim cases included: they carry no identity.
/// </summary>
internal sealed class FamilyIndicators(IDbContextFactory<FamilyDbContext> factory) : IIndicatorProvider
{
    public const string StandardHouseholds = "family.standard-households";
    public const string WorksRegistered = "family.works-registered";
    public const string WorksCarriedOut = "family.works-carried-out";
    public const string VictimsFound = "family.victims-found";
    public const string VictimsSupported = "family.victims-supported";
    public const string WomenWithDisabilitiesSupported = "family.women-with-disabilities-supported";
    public const string WomenWithDisabilities = "family.women-with-disabilities";
    public const string CultureSportsForms = "family.culture-sports-forms";
    public const string ChildrenSponsored = "family.children-sponsored";
    public const string MonthlySupport = "family.monthly-support";

    public string ModuleKey => FamilyModule.ModuleKey;

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(StandardHouseholds, "Số hộ được vận động, hỗ trợ đạt tiêu chí “5 không, 3 sạch”/“5 có, 3 sạch”", IndicatorSource.Records),
        new(WorksRegistered, "Số công trình, phần việc xây dựng nông thôn mới, đô thị văn minh đã đăng ký", IndicatorSource.Records),
        new(WorksCarriedOut, "Số công trình, phần việc xây dựng nông thôn mới, đô thị văn minh đã thực hiện", IndicatorSource.Records),
        new(VictimsFound, "Số phụ nữ, trẻ em gái bị bạo lực gia đình, nạn nhân mua bán người trở về được phát hiện", IndicatorSource.Records),
        new(VictimsSupported, "Số phụ nữ, trẻ em gái bị bạo lực gia đình, nạn nhân mua bán người được tư vấn, hỗ trợ", IndicatorSource.Records),
        new(WomenWithDisabilitiesSupported, "Số phụ nữ khuyết tật được Hội hỗ trợ", IndicatorSource.Records),
        new(WomenWithDisabilities, "Số phụ nữ khuyết tật trên địa bàn", IndicatorSource.Reported, IndicatorAggregation.Stock),
        new(CultureSportsForms, "Số hình thức văn hóa văn nghệ, thể dục thể thao được duy trì", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(ChildrenSponsored, "Số trẻ em được nhận đỡ đầu (Chương trình “Mẹ đỡ đầu”)", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(MonthlySupport, "Tổng mức hỗ trợ hằng tháng cho trẻ được nhận đỡ đầu (đồng)", IndicatorSource.Records, IndicatorAggregation.Stock),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> GetValuesAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        var (from, to) = (query.From, query.To);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var values = new List<IndicatorValue>();
        foreach (var key in query.IndicatorKeys.Distinct())
        {
            IQueryable<UnitTotal>? totals = key switch
            {
                StandardHouseholds => db.StandardHouseholds.AtUnits(query).Where(h => h.ConfirmedOn >= from && h.ConfirmedOn <= to)
                    .GroupBy(h => h.UnitId).Select(g => new UnitTotal(g.Key, g.Count())),
                WorksRegistered => db.CommunityWorks.AtUnits(query).Where(w => w.RegisteredOn >= from && w.RegisteredOn <= to)
                    .GroupBy(w => w.UnitId).Select(g => new UnitTotal(g.Key, g.Count())),
                WorksCarriedOut => db.CommunityWorks.AtUnits(query).Where(w => w.CarriedOutOn >= from && w.CarriedOutOn <= to)
                    .GroupBy(w => w.UnitId).Select(g => new UnitTotal(g.Key, g.Count())),
                VictimsFound => db.VictimCases.AtUnits(query).Where(v => v.FoundOn >= from && v.FoundOn <= to)
                    .GroupBy(v => v.UnitId).Select(g => new UnitTotal(g.Key, g.Count())),
                VictimsSupported => db.VictimCases.AtUnits(query).Where(v => v.FoundOn >= from && v.FoundOn <= to && v.Supports != VictimSupports.None)
                    .GroupBy(v => v.UnitId).Select(g => new UnitTotal(g.Key, g.Count())),

                // Women, not acts of support: one woman helped three times counts once.
                WomenWithDisabilitiesSupported => db.DisabledWomanSupports.AtUnits(query).Where(s => s.SupportedOn >= from && s.SupportedOn <= to)
                    .GroupBy(s => s.UnitId).Select(g => new UnitTotal(g.Key, g.Select(s => s.WomanCode).Distinct().Count())),

                // Forms kept up at some time in the range; names are unique within a unit, so each record is one form.
                CultureSportsForms => db.CultureSportsForms.AtUnits(query).Where(f => f.StartedOn <= to && (f.EndedOn == null || f.EndedOn >= from))
                    .GroupBy(f => f.UnitId).Select(g => new UnitTotal(g.Key, g.Count())),

                // A child with two sponsors is one child sponsored.
                ChildrenSponsored => db.Sponsorships.AtUnits(query).Where(s => s.StartedOn <= to && (s.EndedOn == null || s.EndedOn >= from))
                    .GroupBy(s => s.UnitId).Select(g => new UnitTotal(g.Key, g.Select(s => s.ChildCode).Distinct().Count())),
                MonthlySupport => db.Sponsorships.AtUnits(query).Where(s => s.StartedOn <= to && (s.EndedOn == null || s.EndedOn >= from))
                    .GroupBy(s => s.UnitId).Select(g => new UnitTotal(g.Key, g.Sum(s => s.MonthlySupport))),
                _ => null,
            };

            if (totals is not null)
            {
                values.AddRange((await totals.ToListAsync(cancellationToken)).Select(t => new IndicatorValue(key, t.UnitId, t.Value)));
            }
        }

        return values;
    }

    private sealed record UnitTotal(int UnitId, long Value);
}
