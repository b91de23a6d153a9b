using System.Text.RegularExpressions;
using FluentValidation;

namespace Modular.Modules.Family.Validation;

/// <summary>Rules shared by the module's inputs, with messages an officer can act on.</summary>
internal static partial class FamilyRules
{
    /// <summary>Records before this year are not kept: older dates are typing mistakes.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>Codes that stand for a person: letters without accents, digits and - _ . /, no spaces, so no one types a name there.</summary>
    public static IRuleBuilderOptions<T, string> PersonCode<T>(this IRuleBuilder<T, string> rule, string label) =>
        rule.Must(s => VietnameseText.Clean(s) is not null).WithMessage($"{label} không được để trống.")
            .Must(s => VietnameseText.Clean(s) is not { } code || CodePattern().IsMatch(code))
            .WithMessage($"{label} chỉ gồm chữ cái không dấu, chữ số và các dấu - _ . / (tối đa 30 ký tự, không có khoảng trắng); không ghi họ tên hay số giấy tờ.");

    public static IRuleBuilderOptions<T, DateOnly> PastDate<T>(this IRuleBuilder<T, DateOnly> rule, string label, TimeProvider clock) =>
        rule.Must(d => d >= Earliest).WithMessage($"{label} phải từ ngày {Earliest:dd/MM/yyyy} trở về sau.")
            .NotInFuture(clock, label);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,29}$")]
    private static partial Regex CodePattern();
}

internal sealed class StandardHouseholdInputValidator : AbstractValidator<StandardHouseholdInput>
{
    public StandardHouseholdInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Standard).IsInEnum().WithMessage("Chọn tiêu chí: “5 không, 3 sạch” hoặc “5 có, 3 sạch”.");
        RuleFor(x => x.HouseholdHead).RequiredText("Tên chủ hộ", 200);
        RuleFor(x => x.Village).RequiredText("Thôn, tổ dân phố", 200);
        RuleFor(x => x.ConfirmedOn).PastDate("Ngày công nhận đạt tiêu chí", clock);
    }
}

internal sealed class CommunityWorkInputValidator : AbstractValidator<CommunityWorkInput>
{
    public CommunityWorkInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).RequiredText("Tên công trình, phần việc", 500);
        RuleFor(x => x.RegisteredOn).PastDate("Ngày đăng ký", clock);
        RuleFor(x => x.CarriedOutOn).NotInFuture(clock, "Ngày thực hiện")
            .Must((x, d) => d is null || d >= x.RegisteredOn).WithMessage("Ngày thực hiện không được trước ngày đăng ký.");
    }
}

internal sealed class VictimCaseInputValidator : AbstractValidator<VictimCaseInput>
{
    public VictimCaseInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.CaseCode).PersonCode("Mã hồ sơ");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Chọn loại: bị bạo lực gia đình hoặc nạn nhân mua bán người trở về.");
        RuleFor(x => x.AgeGroup).IsInEnum().WithMessage("Chọn nhóm tuổi.");
        RuleFor(x => x.FoundOn).PastDate("Ngày phát hiện", clock);
        RuleForEach(x => x.Supports).Must(s => s != VictimSupports.None && Enum.IsDefined(s)).WithMessage("Hình thức hỗ trợ không hợp lệ.");
        RuleFor(x => x.Supports).Must(s => s is null || s.Distinct().Count() == s.Count).WithMessage("Mỗi hình thức hỗ trợ chỉ chọn một lần.");
    }
}

internal sealed class DisabledWomanSupportInputValidator : AbstractValidator<DisabledWomanSupportInput>
{
    public DisabledWomanSupportInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.WomanCode).PersonCode("Mã phụ nữ khuyết tật");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Chọn hình thức hỗ trợ.");
        RuleFor(x => x.SupportedOn).PastDate("Ngày hỗ trợ", clock);
    }
}

internal sealed class SponsorshipInputValidator : AbstractValidator<SponsorshipInput>
{
    /// <summary>Above this a monthly amount is almost surely a typing mistake (an extra zero).</summary>
    public const long MaxMonthlySupport = 100_000_000;

    public SponsorshipInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.ChildCode).PersonCode("Mã trẻ được đỡ đầu");
        RuleFor(x => x.Sponsor).RequiredText("Người, tổ chức đỡ đầu", 300);
        RuleFor(x => x.MonthlySupport).InclusiveBetween(1, MaxMonthlySupport)
            .WithMessage($"Mức hỗ trợ hằng tháng phải từ 1 đến 100.000.000 đồng.");
        RuleFor(x => x.StartedOn).PastDate("Ngày bắt đầu đỡ đầu", clock);

        // The end may lie ahead: sponsorships are agreed until a planned date.
        RuleFor(x => x.EndedOn).Must((x, d) => d is null || d >= x.StartedOn).WithMessage("Ngày kết thúc không được trước ngày bắt đầu.");
    }
}

internal sealed class CultureSportsFormInputValidator : AbstractValidator<CultureSportsFormInput>
{
    public CultureSportsFormInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Name).RequiredText("Tên hình thức", 300);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Chọn loại: văn hóa văn nghệ hoặc thể dục thể thao.");
        RuleFor(x => x.StartedOn).PastDate("Ngày bắt đầu duy trì", clock);
        RuleFor(x => x.EndedOn).NotInFuture(clock, "Ngày ngừng")
            .Must((x, d) => d is null || d >= x.StartedOn).WithMessage("Ngày ngừng không được trước ngày bắt đầu.");
    }
}

internal sealed class FamilyActivityInputValidator : AbstractValidator<FamilyActivityInput>
{
    public FamilyActivityInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Programme).IsInEnum().WithMessage("Chọn chương trình: giáo dục làm cha mẹ hoặc Đề án 938.");
        RuleFor(x => x.HeldOn).PastDate("Ngày tổ chức", clock);
        RuleFor(x => x.Topic).RequiredText("Chủ đề", 500);
        RuleFor(x => x.Participants).InclusiveBetween(1, 100_000).WithMessage("Số người tham dự phải từ 1 đến 100.000.");
    }
}
