using GraphQL;
using GraphQL.Types;

namespace Modular.Modules.Family.GraphQL;

/// <summary>The fields under <c>family { ... }</c>.</summary>
internal sealed class FamilyQueryType : RecordQueryType<FamilyDbContext>
{
    public FamilyQueryType()
    {
        Name = "FamilyQuery";
        Description = "Gia đình và trẻ em";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Gia đình và trẻ em");

        List<StandardHousehold, StandardHouseholdType>("standardHouseholds", "Hộ đạt tiêu chí, mới công nhận trước.", (c, q) =>
            {
                var standard = c.GetArgument<FamilyStandard?>("standard");
                return q.Where(h => standard == null || h.Standard == standard);
            })
            .Argument<FamilyStandardEnum>("standard");
        Single<StandardHousehold, StandardHouseholdType>("standardHousehold");

        List<CommunityWork, CommunityWorkType>("communityWorks", "Công trình, phần việc, mới đăng ký trước.", (c, q) =>
            {
                var carriedOut = c.GetArgument<bool?>("carriedOut");
                return q.Where(w => carriedOut == null || (w.CarriedOutOn != null) == carriedOut);
            })
            .Argument<BooleanGraphType>("carriedOut", a => a.Description = "true: đã thực hiện; false: mới đăng ký.");
        Single<CommunityWork, CommunityWorkType>("communityWork");

        List<VictimCase, VictimCaseType>(
                "victimCases",
                "Hồ sơ nạn nhân của chính đơn vị tài khoản (chỉ cán bộ báo cáo, quản lý của đơn vị đó); đơn vị khác trong phạm vi không hiện ra.",
                (c, q) =>
                {
                    var (kind, supported) = (c.GetArgument<VictimKind?>("kind"), c.GetArgument<bool?>("supported"));
                    return q.Where(v => (kind == null || v.Kind == kind) && (supported == null || (v.Supports != VictimSupports.None) == supported));
                })
            .Argument<FamilyVictimKindEnum>("kind")
            .Argument<BooleanGraphType>("supported", a => a.Description = "true: đã được hỗ trợ; false: chưa.");
        Single<VictimCase, VictimCaseType>("victimCase");

        List<DisabledWomanSupport, DisabledWomanSupportType>("disabledWomanSupports", "Các lần hỗ trợ phụ nữ khuyết tật, mới trước.", (c, q) =>
            {
                var kind = c.GetArgument<DisabilitySupportKind?>("kind");
                var womanCode = c.GetArgument<string?>("womanCode") is { } code ? RecordCode.Normalize(code) : null;
                return q.Where(s => (kind == null || s.Kind == kind) && (womanCode == null || s.WomanCode == womanCode));
            })
            .Argument<FamilyDisabilitySupportKindEnum>("kind")
            .Argument<StringGraphType>("womanCode");
        Single<DisabledWomanSupport, DisabledWomanSupportType>("disabledWomanSupport");

        List<Sponsorship, SponsorshipType>("sponsorships", "Trẻ được nhận đỡ đầu, mới bắt đầu trước; from/to: các trường hợp đang đỡ đầu trong khoảng ngày đó.", (c, q) =>
            {
                var activeOn = c.GetArgument<DateOnly?>("activeOn");
                var childCode = c.GetArgument<string?>("childCode") is { } code ? RecordCode.Normalize(code) : null;
                return q.Where(s => (activeOn == null || (s.StartedOn <= activeOn && (s.EndedOn == null || s.EndedOn >= activeOn)))
                        && (childCode == null || s.ChildCode == childCode));
            })
            .Argument<CalendarDateGraphType>("activeOn", a => a.Description = "Chỉ các trường hợp đang đỡ đầu vào ngày này.")
            .Argument<StringGraphType>("childCode");
        Single<Sponsorship, SponsorshipType>("sponsorship");

        List<CultureSportsForm, CultureSportsFormType>(
                "cultureSportsForms",
                "Hình thức văn hóa văn nghệ, thể dục thể thao, theo tên; from/to: các hình thức duy trì trong khoảng ngày đó.",
                (c, q) =>
                {
                    var (activeOn, kind) = (c.GetArgument<DateOnly?>("activeOn"), c.GetArgument<CultureSportsKind?>("kind"));
                    return q.Where(f => (activeOn == null || (f.StartedOn <= activeOn && (f.EndedOn == null || f.EndedOn >= activeOn))) && (kind == null || f.Kind == kind));
                },
                (_, query) => query with { Order = q => q.OrderBy(f => f.NameFolded).ThenBy(f => f.Id) })
            .Argument<CalendarDateGraphType>("activeOn", a => a.Description = "Chỉ các hình thức đang duy trì vào ngày này.")
            .Argument<FamilyCultureSportsKindEnum>("kind");
        Single<CultureSportsForm, CultureSportsFormType>("cultureSportsForm");

        List<FamilyActivity, FamilyActivityType>("activities", "Hoạt động giáo dục làm cha mẹ, Đề án 938, mới trước.", (c, q) =>
            {
                var programme = c.GetArgument<FamilyProgramme?>("programme");
                return q.Where(a => programme == null || a.Programme == programme);
            })
            .Argument<FamilyProgrammeEnum>("programme");
        Single<FamilyActivity, FamilyActivityType>("activity");
    }
}
