using Microsoft.EntityFrameworkCore;

namespace Modular.Modules.PartyBuilding.Indicators;

/// <summary>
/// What the module measures: each unit's own records dated in the range asked for (the engine applies the target's
/// levels, so a district's supervision counts at the district and a base union's at the base union).
/// </summary>
internal sealed class PartyBuildingIndicators(IDbContextFactory<PartyBuildingDbContext> factory) : IIndicatorProvider
{
    public const string Supervisions = "party.supervisions";
    public const string Criticisms = "party.criticisms";
    public const string Comments = "party.comments";
    public const string CongressDraftComments = "party.congress-draft-comments";
    public const string Dialogues = "party.dialogues";
    public const string WomenCadreActivities = "party.women-cadre-activities";
    public const string CongressWomenContent = "party.congress-women-content";
    public const string BranchHeadsIntroduced = "party.branch-heads-introduced";
    public const string BranchHeadsEligible = "party.branch-heads-eligible";
    public const string ProgrammeProposals = "party.programme-proposals";

    public string ModuleKey => PartyBuildingModule.ModuleKey;

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(Supervisions, "Số cuộc giám sát chính sách do đơn vị chủ trì", IndicatorSource.Records),
        new(Criticisms, "Số dự thảo văn bản được phản biện xã hội", IndicatorSource.Records),
        new(Comments, "Số dự thảo văn bản của cấp ủy, chính quyền được góp ý (kể cả dự thảo văn kiện Đại hội Đảng)", IndicatorSource.Records),
        new(CongressDraftComments, "Số cuộc góp ý dự thảo văn kiện Đại hội Đảng", IndicatorSource.Records),
        new(Dialogues, "Số cuộc đối thoại với người đứng đầu cấp ủy, chính quyền", IndicatorSource.Records),
        new(WomenCadreActivities, "Số hoạt động hỗ trợ cán bộ nữ", IndicatorSource.Records),
        new(CongressWomenContent, "Số nội dung liên quan đến phụ nữ được đưa vào văn kiện Đại hội Đảng", IndicatorSource.Records),
        new(BranchHeadsIntroduced, "Số chi hội trưởng chưa là đảng viên đủ điều kiện được giới thiệu phát triển đảng", IndicatorSource.Records),
        new(BranchHeadsEligible, "Số chi hội trưởng chưa là đảng viên đủ điều kiện phát triển đảng", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(ProgrammeProposals, "Số đề xuất tham gia chương trình MTQG, đề án của địa phương", IndicatorSource.Records),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> GetValuesAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var values = new List<IndicatorValue>();
        foreach (var key in query.IndicatorKeys)
        {
            if (CountedUnits(db, query, key) is not { } units)
            {
                continue;
            }

            var counts = await units.GroupBy(u => u).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            values.AddRange(counts.Select(c => new IndicatorValue(key, c.UnitId, c.Count)));
        }

        return values;
    }

    /// <summary>The unit of every record an indicator counts (one per record), or null for a key the module does not know.</summary>
    private static IQueryable<int>? CountedUnits(PartyBuildingDbContext db, IndicatorQuery query, string key)
    {
        var (from, to) = (query.From, query.To);
        return key switch
        {
            Supervisions => Dated(db.Supervisions, from, to).Select(r => r.UnitId),
            Criticisms => Dated(db.DraftOpinions, from, to).Where(r => r.Kind == DraftOpinionKind.Criticism).Select(r => r.UnitId),
            // Comments on drafts of the Party committee or government include those on Party congress drafts (target 2.7d).
            Comments => Dated(db.DraftOpinions, from, to)
                .Where(r => r.Kind == DraftOpinionKind.Comment || r.Kind == DraftOpinionKind.CongressDraftComment)
                .Select(r => r.UnitId),
            CongressDraftComments => Dated(db.DraftOpinions, from, to).Where(r => r.Kind == DraftOpinionKind.CongressDraftComment).Select(r => r.UnitId),
            Dialogues => Dated(db.Dialogues, from, to).Select(r => r.UnitId),
            WomenCadreActivities => Dated(db.WomenCadreActivities, from, to).Select(r => r.UnitId),
            CongressWomenContent => Dated(db.CongressWomenContents, from, to).Select(r => r.UnitId),
            // Eligible heads on the list by the end of the range, introduced within it: a subset of the denominator below.
            BranchHeadsIntroduced => db.BranchHeads.AtUnits(query)
                .Where(h => h.Eligible && h.Date <= to && h.IntroducedOn >= from && h.IntroducedOn <= to)
                .Select(h => h.UnitId),
            BranchHeadsEligible => db.BranchHeads.AtUnits(query).Where(h => h.Eligible && h.Date <= to).Select(h => h.UnitId),
            ProgrammeProposals => Dated(db.ProgrammeProposals, from, to).Select(r => r.UnitId),
            _ => null,
        };

        IQueryable<T> Dated<T>(IQueryable<T> records, DateOnly from, DateOnly to)
            where T : PartyRecord =>
            records.AtUnits(query).Where(r => r.Date >= from && r.Date <= to);
    }
}
