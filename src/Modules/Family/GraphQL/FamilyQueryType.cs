using GraphQL;
using GraphQL.Types;
using Modular.Shared.GraphQL;
using Modular.Modules.Family.Domain;
using Modular.Shared;

namespace Modular.Modules.Family.GraphQL;

/// <summary>The fields under <c>family { ... }</c>.</summary>
internal sealed class FamilyQueryType : ObjectGraphType
{
    public FamilyQueryType()
    {
        Name = "FamilyQuery";
        Description = "Gia đình và trẻ em";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Gia đình và trẻ em");

        this.RecordList<StandardHousehold, StandardHouseholdPageType>("standardHouseholds", "Hộ đạt tiêu chí, mới công nhận trước.", (c, q) =>
            {
                var (from, to, standard, search) = (From(c), To(c), c.GetArgument<FamilyStandard?>("standard"), Folded(c));
                return q.Where(h => (from == null || h.ConfirmedOn >= from) && (to == null || h.ConfirmedOn <= to)
                        && (standard == null || h.Standard == standard) && (search == null || h.HouseholdHeadFolded.Contains(search)))
                    .OrderByDescending(h => h.ConfirmedOn).ThenByDescending(h => h.Id);
            })
            .DateRange("ngày công nhận").Argument<FamilyStandardEnum>("standard").Search("tên chủ hộ");
        this.RecordById<StandardHousehold, StandardHouseholdType>("standardHousehold");

        this.RecordList<CommunityWork, CommunityWorkPageType>("communityWorks", "Công trình, phần việc, mới đăng ký trước.", (c, q) =>
            {
                var (from, to, carriedOut, search) = (From(c), To(c), c.GetArgument<bool?>("carriedOut"), Folded(c));
                return q.Where(w => (from == null || w.RegisteredOn >= from) && (to == null || w.RegisteredOn <= to)
                        && (carriedOut == null || (w.CarriedOutOn != null) == carriedOut) && (search == null || w.NameFolded.Contains(search)))
                    .OrderByDescending(w => w.RegisteredOn).ThenByDescending(w => w.Id);
            })
            .DateRange("ngày đăng ký")
            .Argument<BooleanGraphType>("carriedOut", a => a.Description = "true: đã thực hiện; false: mới đăng ký.")
            .Search("tên công trình");
        this.RecordById<CommunityWork, CommunityWorkType>("communityWork");

        this.RecordList<VictimCase, VictimCasePageType>(
                "victimCases",
                "Hồ sơ nạn nhân của chính đơn vị tài khoản (chỉ cán bộ báo cáo, quản lý của đơn vị đó); đơn vị khác trong phạm vi không hiện ra.",
                (c, q) =>
                {
                    var (from, to, kind, supported) = (From(c), To(c), c.GetArgument<VictimKind?>("kind"), c.GetArgument<bool?>("supported"));
                    return q.Where(v => (from == null || v.FoundOn >= from) && (to == null || v.FoundOn <= to) && (kind == null || v.Kind == kind)
                            && (supported == null || (v.Supports != VictimSupports.None) == supported))
                        .OrderByDescending(v => v.FoundOn).ThenByDescending(v => v.Id);
                })
            .DateRange("ngày phát hiện")
            .Argument<FamilyVictimKindEnum>("kind")
            .Argument<BooleanGraphType>("supported", a => a.Description = "true: đã được hỗ trợ; false: chưa.");
        this.RecordById<VictimCase, VictimCaseType>("victimCase");

        this.RecordList<DisabledWomanSupport, DisabledWomanSupportPageType>("disabledWomanSupports", "Các lần hỗ trợ phụ nữ khuyết tật, mới trước.", (c, q) =>
            {
                var (from, to, kind) = (From(c), To(c), c.GetArgument<DisabilitySupportKind?>("kind"));
                var womanCode = c.GetArgument<string?>("womanCode") is { } code ? RecordCode.Normalize(code) : null;
                return q.Where(s => (from == null || s.SupportedOn >= from) && (to == null || s.SupportedOn <= to)
                        && (kind == null || s.Kind == kind) && (womanCode == null || s.WomanCode == womanCode))
                    .OrderByDescending(s => s.SupportedOn).ThenByDescending(s => s.Id);
            })
            .DateRange("ngày hỗ trợ").Argument<FamilyDisabilitySupportKindEnum>("kind").Argument<StringGraphType>("womanCode");
        this.RecordById<DisabledWomanSupport, DisabledWomanSupportType>("disabledWomanSupport");

        this.RecordList<Sponsorship, SponsorshipPageType>("sponsorships", "Trẻ được nhận đỡ đầu, mới bắt đầu trước.", (c, q) =>
            {
                var (activeOn, search) = (c.GetArgument<DateOnly?>("activeOn"), Folded(c));
                var childCode = c.GetArgument<string?>("childCode") is { } code ? RecordCode.Normalize(code) : null;
                return q.Where(s => (activeOn == null || (s.StartedOn <= activeOn && (s.EndedOn == null || s.EndedOn >= activeOn)))
                        && (childCode == null || s.ChildCode == childCode) && (search == null || s.SponsorFolded.Contains(search)))
                    .OrderByDescending(s => s.StartedOn).ThenByDescending(s => s.Id);
            })
            .Argument<CalendarDateGraphType>("activeOn", a => a.Description = "Chỉ các trường hợp đang đỡ đầu vào ngày này.")
            .Argument<StringGraphType>("childCode")
            .Search("tên người, tổ chức đỡ đầu");
        this.RecordById<Sponsorship, SponsorshipType>("sponsorship");

        this.RecordList<CultureSportsForm, CultureSportsFormPageType>("cultureSportsForms", "Hình thức văn hóa văn nghệ, thể dục thể thao, theo tên.", (c, q) =>
            {
                var (activeOn, kind, search) = (c.GetArgument<DateOnly?>("activeOn"), c.GetArgument<CultureSportsKind?>("kind"), Folded(c));
                return q.Where(f => (activeOn == null || (f.StartedOn <= activeOn && (f.EndedOn == null || f.EndedOn >= activeOn)))
                        && (kind == null || f.Kind == kind) && (search == null || f.NameFolded.Contains(search)))
                    .OrderBy(f => f.NameFolded).ThenBy(f => f.Id);
            })
            .Argument<CalendarDateGraphType>("activeOn", a => a.Description = "Chỉ các hình thức đang duy trì vào ngày này.")
            .Argument<FamilyCultureSportsKindEnum>("kind")
            .Search("tên hình thức");
        this.RecordById<CultureSportsForm, CultureSportsFormType>("cultureSportsForm");

        this.RecordList<FamilyActivity, FamilyActivityPageType>("activities", "Hoạt động giáo dục làm cha mẹ, Đề án 938, mới trước.", (c, q) =>
            {
                var (from, to, programme, search) = (From(c), To(c), c.GetArgument<FamilyProgramme?>("programme"), Folded(c));
                return q.Where(a => (from == null || a.HeldOn >= from) && (to == null || a.HeldOn <= to)
                        && (programme == null || a.Programme == programme) && (search == null || a.TopicFolded.Contains(search)))
                    .OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id);
            })
            .DateRange("ngày tổ chức").Argument<FamilyProgrammeEnum>("programme").Search("chủ đề");
        this.RecordById<FamilyActivity, FamilyActivityType>("activity");
    }

    private static DateOnly? From(IResolveFieldContext c) => c.GetArgument<DateOnly?>("from");

    private static DateOnly? To(IResolveFieldContext c) => c.GetArgument<DateOnly?>("to");

    private static string? Folded(IResolveFieldContext c) =>
        VietnameseText.Clean(c.GetArgument<string?>("search")) is { } search ? VietnameseText.Fold(search) : null;
}
