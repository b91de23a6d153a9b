using GraphQL.Types;
using Modular.Modules.Family.Domain;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Family.GraphQL;

/// <summary>The fields every record type has: its id and its unit.</summary>
internal abstract class FamilyRecordType<TRecord> : ObjectGraphType<TRecord>
    where TRecord : FamilyRecord
{
    protected FamilyRecordType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<RecordUnitType>>("unit")
            .ResolveAsync(async c => await c.Service<UnitAccess>().FindAsync(c.Source.UnitId, c.CancellationToken));
    }
}

internal sealed class StandardHouseholdType : FamilyRecordType<StandardHousehold>
{
    public StandardHouseholdType()
        : base("FamilyStandardHousehold", "Hộ được vận động, hỗ trợ đạt tiêu chí “5 không, 3 sạch”/“5 có, 3 sạch”.")
    {
        Field<NonNullGraphType<FamilyStandardEnum>>("standard").Resolve(c => c.Source.Standard);
        Field(h => h.HouseholdHead).Description("Tên chủ hộ.");
        Field(h => h.Village).Description("Thôn, tổ dân phố.");
        Field(h => h.ConfirmedOn).Description("Ngày được công nhận đạt tiêu chí.");
    }
}

internal sealed class CommunityWorkType : FamilyRecordType<CommunityWork>
{
    public CommunityWorkType()
        : base("FamilyCommunityWork", "Công trình, phần việc xây dựng nông thôn mới, đô thị văn minh của cơ sở Hội.")
    {
        Field(w => w.Name);
        Field(w => w.RegisteredOn).Description("Ngày đăng ký.");
        Field(w => w.CarriedOutOn, nullable: true).Description("Ngày thực hiện xong; trống khi chưa thực hiện.");
    }
}

internal sealed class VictimCaseType : FamilyRecordType<VictimCase>
{
    public VictimCaseType()
        : base("FamilyVictimCase", "Phụ nữ, trẻ em gái bị bạo lực gia đình hoặc nạn nhân mua bán người trở về; chỉ cán bộ của chính đơn vị được xem. Không lưu họ tên, số giấy tờ.")
    {
        Field(v => v.CaseCode).Description("Mã hồ sơ do đơn vị đặt.");
        Field<NonNullGraphType<FamilyVictimKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<FamilyVictimAgeGroupEnum>>("ageGroup").Resolve(c => c.Source.AgeGroup);
        Field(v => v.FoundOn).Description("Ngày phát hiện.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyVictimSupportEnum>>>>("supports")
            .Description("Các hình thức đã hỗ trợ; trống khi chưa hỗ trợ.")
            .Resolve(c => Enum.GetValues<VictimSupports>().Where(s => s != VictimSupports.None && c.Source.Supports.HasFlag(s)).ToList());
        Field<NonNullGraphType<BooleanGraphType>>("supported").Resolve(c => c.Source.Supports != VictimSupports.None);
    }
}

internal sealed class DisabledWomanSupportType : FamilyRecordType<DisabledWomanSupport>
{
    public DisabledWomanSupportType()
        : base("FamilyDisabledWomanSupport", "Một lần Hội hỗ trợ một phụ nữ khuyết tật.")
    {
        Field(s => s.WomanCode).Description("Mã của người được hỗ trợ do đơn vị đặt.");
        Field<NonNullGraphType<FamilyDisabilitySupportKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(s => s.SupportedOn);
    }
}

internal sealed class SponsorshipType : FamilyRecordType<Sponsorship>
{
    public SponsorshipType()
        : base("FamilySponsorship", "Trẻ được nhận đỡ đầu (Chương trình “Mẹ đỡ đầu”).")
    {
        Field(s => s.ChildCode).Description("Mã trẻ do đơn vị đặt.");
        Field(s => s.Sponsor).Description("Người, tổ chức nhận đỡ đầu.");
        Field(s => s.MonthlySupport).Description("Mức hỗ trợ hằng tháng (đồng).");
        Field(s => s.StartedOn);
        Field(s => s.EndedOn, nullable: true);
    }
}

internal sealed class CultureSportsFormType : FamilyRecordType<CultureSportsForm>
{
    public CultureSportsFormType()
        : base("FamilyCultureSportsForm", "Hình thức văn hóa văn nghệ, thể dục thể thao cơ sở Hội duy trì.")
    {
        Field(f => f.Name);
        Field<NonNullGraphType<FamilyCultureSportsKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(f => f.StartedOn);
        Field(f => f.EndedOn, nullable: true).Description("Ngày ngừng duy trì; trống khi vẫn duy trì.");
    }
}

internal sealed class FamilyActivityType : FamilyRecordType<FamilyActivity>
{
    public FamilyActivityType()
        : base("FamilyActivity", "Hoạt động giáo dục làm cha mẹ hoặc Đề án 938.")
    {
        Field<NonNullGraphType<FamilyProgrammeEnum>>("programme").Resolve(c => c.Source.Programme);
        Field(a => a.HeldOn);
        Field(a => a.Topic);
        Field(a => a.Participants).Description("Số người tham dự.");
    }
}

internal sealed class StandardHouseholdPageType() : PageGraphType<StandardHousehold, StandardHouseholdType>("FamilyStandardHouseholdPage");

internal sealed class CommunityWorkPageType() : PageGraphType<CommunityWork, CommunityWorkType>("FamilyCommunityWorkPage");

internal sealed class VictimCasePageType() : PageGraphType<VictimCase, VictimCaseType>("FamilyVictimCasePage");

internal sealed class DisabledWomanSupportPageType() : PageGraphType<DisabledWomanSupport, DisabledWomanSupportType>("FamilyDisabledWomanSupportPage");

internal sealed class SponsorshipPageType() : PageGraphType<Sponsorship, SponsorshipType>("FamilySponsorshipPage");

internal sealed class CultureSportsFormPageType() : PageGraphType<CultureSportsForm, CultureSportsFormType>("FamilyCultureSportsFormPage");

internal sealed class FamilyActivityPageType() : PageGraphType<FamilyActivity, FamilyActivityType>("FamilyActivityPage");
