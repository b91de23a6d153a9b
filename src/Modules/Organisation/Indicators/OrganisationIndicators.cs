using Microsoft.EntityFrameworkCore;

namespace Modular.Modules.Organisation.Indicators;

/// <summary>
/// What the module measures, each a single grouped query over a unit's own records. Flows count records dated in
/// the range; stocks count what is in place on the last day of the range (see <see cref="IDated{TRecord}"/>).
/// </summary>
internal sealed class OrganisationIndicators(IDbContextFactory<OrganisationDbContext> factory) : IIndicatorProvider
{
    public const string ActivityTypes = "organisation.activity-types";
    public const string NewMembers = "organisation.new-members";
    public const string Members = "organisation.members";
    public const string Women18Plus = "organisation.women-18plus";
    public const string CadresProficient = "organisation.cadres-proficient";
    public const string Cadres = "organisation.cadres";
    public const string BranchHeadsTrained = "organisation.branch-heads-trained";
    public const string BranchHeads = "organisation.branch-heads";
    public const string ModelsOnePlusOne = "organisation.models-1plus1";
    public const string ModelsThreeHaveThreeKnow = "organisation.models-3co3biet";
    public const string SpecialGroupModels = "organisation.special-group-models";
    public const string JointActivities = "organisation.joint-activities";
    public const string MaterialsDigitised = "organisation.materials-digitised";
    public const string Materials = "organisation.materials";
    public const string WebsiteCasesHandled = "organisation.website-cases-handled";
    public const string WebsiteCases = "organisation.website-cases";
    public const string NetworkedComputers = "organisation.networked-computers";
    public const string DigitalTrainings = "organisation.digital-trainings";
    public const string DigitalCommunicationActivities = "organisation.digital-communication-activities";
    public const string CommunicationActivities = "organisation.communication-activities";

    private delegate IQueryable<UnitValue> ValueQuery(OrganisationDbContext db, IndicatorQuery query, DateOnly from, DateOnly to);

    private static readonly IReadOnlyDictionary<string, ValueQuery> Queries = new Dictionary<string, ValueQuery>
    {
        // Distinct kinds: two clubs are one type of activity.
        [ActivityTypes] = (db, q, _, to) => db.ActivityTypes.AtUnits(q).Where(ActivityType.During(to, to))
            .GroupBy(a => a.UnitId)
            .Select(g => new UnitValue(g.Key, g.Select(a => a.Kind).Distinct().Count())),

        // A new member counts where she joined, even if she has moved since; one who joined outside the province is no new member here.
        [NewMembers] = (db, q, from, to) => JoinedAt(db.Members, q)
            .Where(m => m.JoinedUnitId != null && m.JoinedOn >= from && m.JoinedOn <= to)
            .GroupBy(m => m.JoinedUnitId!.Value)
            .Select(g => new UnitValue(g.Key, g.Count())),

        // Read from the history so a moved member counts once, at the unit she belonged to on the day.
        [Members] = (db, q, _, to) => db.MembershipPeriods.AtUnits(q)
            .Where(p => p.From <= to && (p.To == null || p.To > to))
            .GroupBy(p => p.UnitId)
            .Select(g => new UnitValue(g.Key, g.Count())),

        [CadresProficient] = (db, q, _, to) => Count(db.Cadres.AtUnits(q).Where(Cadre.During(to, to)).Where(c => c.ProficientInSoftware)),
        [Cadres] = (db, q, _, to) => Count(db.Cadres.AtUnits(q).Where(Cadre.During(to, to))),

        [BranchHeadsTrained] = (db, q, _, to) => Count(db.BranchHeads.AtUnits(q).Where(BranchHead.During(to, to)).Where(b => b.TrainedOn != null && b.TrainedOn <= to)),
        [BranchHeads] = (db, q, _, to) => Count(db.BranchHeads.AtUnits(q).Where(BranchHead.During(to, to))),

        [ModelsOnePlusOne] = (db, q, _, to) => Count(db.UnionModels.AtUnits(q).Where(UnionModel.During(to, to)).Where(m => m.Kind == UnionModelKind.OnePlusOne)),
        [ModelsThreeHaveThreeKnow] = (db, q, _, to) => Count(db.UnionModels.AtUnits(q).Where(UnionModel.During(to, to)).Where(m => m.Kind == UnionModelKind.ThreeHaveThreeKnow)),
        [SpecialGroupModels] = (db, q, _, to) => Count(db.UnionModels.AtUnits(q).Where(UnionModel.During(to, to)).Where(m => UnionModel.SpecialGroups.Contains(m.Kind))),

        [JointActivities] = (db, q, from, to) => Count(db.JointActivities.AtUnits(q).Where(JointActivity.During(from, to))),

        // The plan asks for materials both digitised and posted on the website or the union's social-media pages.
        [MaterialsDigitised] = (db, q, from, to) => Count(db.CommunicationMaterials.AtUnits(q).Where(CommunicationMaterial.During(from, to)).Where(m => m.Digitised && m.PostedOnline)),
        [Materials] = (db, q, from, to) => Count(db.CommunicationMaterials.AtUnits(q).Where(CommunicationMaterial.During(from, to))),

        // Cases reported in the range, handled by its end.
        [WebsiteCasesHandled] = (db, q, from, to) => Count(db.WebsiteCases.AtUnits(q).Where(WebsiteCase.During(from, to)).Where(w => w.HandledOn != null && w.HandledOn <= to)),
        [WebsiteCases] = (db, q, from, to) => Count(db.WebsiteCases.AtUnits(q).Where(WebsiteCase.During(from, to))),

        [NetworkedComputers] = (db, q, _, to) => db.NetworkedComputers.AtUnits(q).Where(NetworkedComputer.During(to, to))
            .GroupBy(n => n.UnitId)
            .Select(g => new UnitValue(g.Key, g.Sum(n => n.Quantity))),

        [DigitalTrainings] = (db, q, from, to) => Count(db.DigitalTrainings.AtUnits(q).Where(DigitalTraining.During(from, to))),

        [DigitalCommunicationActivities] = (db, q, from, to) => Count(db.CommunicationActivities.AtUnits(q).Where(CommunicationActivity.During(from, to)).Where(a => a.OnDigitalPlatform)),
        [CommunicationActivities] = (db, q, from, to) => Count(db.CommunicationActivities.AtUnits(q).Where(CommunicationActivity.During(from, to))),
    };

    public string ModuleKey => OrganisationModule.ModuleKey;

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(ActivityTypes, "Số loại hình hoạt động cơ sở Hội duy trì", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(NewMembers, "Số hội viên mới kết nạp", IndicatorSource.Records),
        new(Members, "Số hội viên", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(Women18Plus, "Số phụ nữ từ 18 tuổi trở lên có mặt tại địa bàn", IndicatorSource.Reported, IndicatorAggregation.Stock),
        new(CadresProficient, "Số cán bộ chuyên trách sử dụng thành thạo phần mềm cơ bản", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(Cadres, "Số cán bộ chuyên trách", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(BranchHeadsTrained, "Số chi hội trưởng được bồi dưỡng nghiệp vụ công tác Hội", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(BranchHeads, "Số chi hội trưởng", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(ModelsOnePlusOne, "Số mô hình \"1+1\"", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(ModelsThreeHaveThreeKnow, "Số mô hình \"3 có, 3 biết\"", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(SpecialGroupModels, "Số mô hình thu hút hội viên đặc thù", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(JointActivities, "Số hoạt động phối hợp với ban ngành, đoàn thể", IndicatorSource.Records),
        new(MaterialsDigitised, "Số tài liệu truyền thông được số hóa, đăng tải trên trang thông tin, mạng xã hội của Hội", IndicatorSource.Records),
        new(Materials, "Số tài liệu truyền thông", IndicatorSource.Records),
        new(WebsiteCasesHandled, "Số vụ việc phản ánh qua Trang thông tin được tư vấn, hỗ trợ", IndicatorSource.Records),
        new(WebsiteCases, "Số vụ việc phản ánh qua Trang thông tin", IndicatorSource.Records),
        new(NetworkedComputers, "Số máy tính có kết nối mạng", IndicatorSource.Records, IndicatorAggregation.Stock),
        new(DigitalTrainings, "Số hoạt động tuyên truyền, tập huấn chuyển đổi số cho phụ nữ", IndicatorSource.Records),
        new(DigitalCommunicationActivities, "Số hoạt động truyền thông trên nền tảng số", IndicatorSource.Records),
        new(CommunicationActivities, "Số hoạt động truyền thông", IndicatorSource.Records),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> GetValuesAsync(IndicatorQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var values = new List<IndicatorValue>();
        foreach (var key in query.IndicatorKeys)
        {
            if (!Queries.TryGetValue(key, out var valueQuery))
            {
                continue; // reported indicators are served by the core
            }

            var rows = await valueQuery(db, query, query.From, query.To).AsNoTracking().ToListAsync(cancellationToken);
            values.AddRange(rows.Select(r => new IndicatorValue(key, r.UnitId, r.Value)));
        }

        return values;
    }

    /// <summary>Members counted at the unit they joined, for the units the query asks for.</summary>
    private static IQueryable<Member> JoinedAt(IQueryable<Member> members, IndicatorQuery query)
    {
        if (query.UnitIds is null)
        {
            return members;
        }

        var units = query.UnitIds.Select(id => (int?)id).ToList();
        return members.Where(m => units.Contains(m.JoinedUnitId));
    }

    private static IQueryable<UnitValue> Count<TRecord>(IQueryable<TRecord> records)
        where TRecord : OrganisationRecord =>
        records.GroupBy(r => r.UnitId).Select(g => new UnitValue(g.Key, g.Count()));

    private sealed record UnitValue(int UnitId, double Value);
}
