using FluentValidation;

namespace Modular.Modules.Organisation.Validation;

internal sealed class ActivityTypeInputValidator : InputValidator<ActivityTypeInput>
{
    public ActivityTypeInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Loại hình hoạt động không hợp lệ.");
        RuleFor(i => i.Name).RequiredText("Tên loại hình hoạt động", OrganisationLimits.Name);
        RuleFor(i => i.StartedOn).NotInFuture(clock, "Ngày bắt đầu duy trì");
        RuleFor(i => i.EndedOn).EndsAfter(i => i.StartedOn, clock, "Ngày ngừng hoạt động");
    }
}

internal sealed class UnionModelInputValidator : InputValidator<UnionModelInput>
{
    public UnionModelInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Loại mô hình không hợp lệ.");
        RuleFor(i => i.Name).RequiredText("Tên mô hình", OrganisationLimits.Name);
        RuleFor(i => i.StartedOn).NotInFuture(clock, "Ngày thành lập mô hình");
        RuleFor(i => i.EndedOn).EndsAfter(i => i.StartedOn, clock, "Ngày mô hình ngừng hoạt động");
        RuleFor(i => i.Participants).Count("Số thành viên mô hình");
    }
}

internal sealed class CadreInputValidator : InputValidator<CadreInput>
{
    public CadreInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.FullName).RequiredText("Họ và tên cán bộ", OrganisationLimits.Name);
        RuleFor(i => i.Position).OptionalText("Chức vụ", OrganisationLimits.Name);
        RuleFor(i => i.StartedOn).NotInFuture(clock, "Ngày bắt đầu công tác");
        RuleFor(i => i.EndedOn).EndsAfter(i => i.StartedOn, clock, "Ngày thôi công tác");
    }
}

internal sealed class BranchHeadInputValidator : InputValidator<BranchHeadInput>
{
    public BranchHeadInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.FullName).RequiredText("Họ và tên chi hội trưởng", OrganisationLimits.Name);
        RuleFor(i => i.Branch).RequiredText("Tên chi hội", OrganisationLimits.Name);
        RuleFor(i => i.StartedOn).NotInFuture(clock, "Ngày bắt đầu làm chi hội trưởng");
        RuleFor(i => i.EndedOn).EndsAfter(i => i.StartedOn, clock, "Ngày thôi làm chi hội trưởng");
        RuleFor(i => i.TrainedOn).NotInFuture(clock, "Ngày được bồi dưỡng nghiệp vụ");
    }
}

internal sealed class JointActivityInputValidator : InputValidator<JointActivityInput>
{
    public JointActivityInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Title).RequiredText("Tên hoạt động", OrganisationLimits.Title);
        RuleFor(i => i.Partners).RequiredText("Cơ quan, ban ngành, đoàn thể phối hợp", OrganisationLimits.Title);
        RuleFor(i => i.HeldOn).NotInFuture(clock, "Ngày tổ chức");
        RuleFor(i => i.Participants).Count("Số người tham gia");
    }
}

internal sealed class CommunicationMaterialInputValidator : InputValidator<CommunicationMaterialInput>
{
    public CommunicationMaterialInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Title).RequiredText("Tên tài liệu", OrganisationLimits.Title);
        RuleFor(i => i.IssuedOn).NotInFuture(clock, "Ngày phát hành tài liệu");
    }
}

internal sealed class CommunicationActivityInputValidator : InputValidator<CommunicationActivityInput>
{
    public CommunicationActivityInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Title).RequiredText("Tên hoạt động truyền thông", OrganisationLimits.Title);
        RuleFor(i => i.HeldOn).NotInFuture(clock, "Ngày tổ chức");
        RuleFor(i => i.Participants).Count("Số người tham gia");
    }
}

internal sealed class WebsiteCaseInputValidator : InputValidator<WebsiteCaseInput>
{
    public WebsiteCaseInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Summary).RequiredText("Nội dung vụ việc", OrganisationLimits.Text);
        RuleFor(i => i.ReportedOn).NotInFuture(clock, "Ngày tiếp nhận phản ánh");
        RuleFor(i => i.HandledOn)
            .Must((i, handled) => handled is null || handled >= i.ReportedOn).WithMessage("Ngày tư vấn, hỗ trợ không được trước ngày tiếp nhận phản ánh.")
            .NotInFuture(clock, "Ngày tư vấn, hỗ trợ");
        RuleFor(i => i.Outcome).OptionalText("Kết quả tư vấn, hỗ trợ", OrganisationLimits.Text);
    }
}

internal sealed class NetworkedComputerInputValidator : InputValidator<NetworkedComputerInput>
{
    public NetworkedComputerInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Quantity).GreaterThanOrEqualTo(1).WithMessage("Số máy tính phải từ 1 trở lên.");
        RuleFor(i => i.Description).OptionalText("Mô tả", OrganisationLimits.Title);
        RuleFor(i => i.InstalledOn).NotInFuture(clock, "Ngày trang bị");
        RuleFor(i => i.RetiredOn).EndsAfter(i => i.InstalledOn, clock, "Ngày thanh lý");
    }
}

internal sealed class DigitalTrainingInputValidator : InputValidator<DigitalTrainingInput>
{
    public DigitalTrainingInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Title).RequiredText("Tên hoạt động tuyên truyền, tập huấn", OrganisationLimits.Title);
        RuleFor(i => i.HeldOn).NotInFuture(clock, "Ngày tổ chức");
        RuleFor(i => i.Participants).Count("Số phụ nữ tham gia");
        RuleFor(i => i.EthnicMinorityParticipants).Count("Số phụ nữ dân tộc thiểu số tham gia")
            .Must((i, n) => n <= i.Participants).WithMessage("Số phụ nữ dân tộc thiểu số tham gia không được lớn hơn tổng số phụ nữ tham gia.");
    }
}
