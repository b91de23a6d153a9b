using FluentValidation;

namespace Modular.Modules.PartyBuilding.Validation;

internal sealed class SupervisionInputValidator : AbstractValidator<SupervisionInput>
{
    public SupervisionInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.HeldOn).NotInFuture(clock, "ngày giám sát");
        RuleFor(i => i.Policy).Required("chính sách được giám sát", PartyBuildingRules.Title);
        RuleFor(i => i.PeriodTo).GreaterThanOrEqualTo(i => i.PeriodFrom)
            .WithMessage("Kỳ giám sát phải kết thúc cùng ngày hoặc sau ngày bắt đầu (đến ngày ≥ từ ngày).");
        RuleFor(i => i.PeriodFrom).LessThanOrEqualTo(i => i.HeldOn)
            .WithMessage("Kỳ được giám sát phải bắt đầu trước ngày giám sát.");
        RuleFor(i => i.Findings).OptionalText("kết quả giám sát", PartyBuildingRules.LongText);
        RuleFor(i => i.Recommendations).OptionalText("kiến nghị", PartyBuildingRules.LongText);
        RuleFor(i => i.FollowUp).OptionalText("kết quả theo dõi kiến nghị", PartyBuildingRules.LongText);
    }
}

internal sealed class DraftOpinionInputValidator : AbstractValidator<DraftOpinionInput>
{
    public DraftOpinionInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.SentOn).NotInFuture(clock, "ngày gửi ý kiến");
        RuleFor(i => i.Draft).Required("tên dự thảo", PartyBuildingRules.Title);
        RuleFor(i => i.IssuedBy).Required("cơ quan ban hành dự thảo", PartyBuildingRules.ShortText);
        RuleFor(i => i.Content).OptionalText("nội dung ý kiến", PartyBuildingRules.LongText);
    }
}

internal sealed class DialogueInputValidator : AbstractValidator<DialogueInput>
{
    public DialogueInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.HeldOn).NotInFuture(clock, "ngày đối thoại");
        RuleFor(i => i.CounterpartName).OptionalText("họ tên, chức vụ người đối thoại", PartyBuildingRules.ShortText);
        RuleFor(i => i.Issues).Required("các vấn đề được nêu", PartyBuildingRules.LongText);
        RuleFor(i => i.Commitments).OptionalText("các cam kết", PartyBuildingRules.LongText);
        RuleFor(i => i.FollowUp).OptionalText("kết quả thực hiện cam kết", PartyBuildingRules.LongText);
    }
}

internal sealed class BranchHeadInputValidator : AbstractValidator<BranchHeadInput>
{
    public BranchHeadInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.ListedOn).NotInFuture(clock, "ngày đưa vào danh sách");
        RuleFor(i => i.FullName).Required("họ tên chi hội trưởng", PartyBuildingRules.ShortText);
        RuleFor(i => i.Branch).Required("tên chi hội", PartyBuildingRules.ShortText);
        RuleFor(i => i.TrainedOn).NotInFuture(clock, "ngày bồi dưỡng");
        RuleFor(i => i.IntroducedOn).NotInFuture(clock, "ngày giới thiệu");
        RuleFor(i => i.IntroducedOn).Null().When(i => !i.Eligible)
            .WithMessage("Chỉ giới thiệu phát triển đảng chi hội trưởng đủ điều kiện: đánh dấu đủ điều kiện hoặc bỏ ngày giới thiệu.");
    }
}

internal sealed class WomenCadreActivityInputValidator : AbstractValidator<WomenCadreActivityInput>
{
    public WomenCadreActivityInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.HeldOn).NotInFuture(clock, "ngày tổ chức");
        RuleFor(i => i.Title).Required("tên hoạt động", PartyBuildingRules.Title);
        RuleFor(i => i.Participants).Count("số người tham dự");
        RuleFor(i => i.Notes).OptionalText("ghi chú", PartyBuildingRules.LongText);
    }
}

internal sealed class CongressWomenContentInputValidator : AbstractValidator<CongressWomenContentInput>
{
    public CongressWomenContentInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.AdoptedOn).NotInFuture(clock, "ngày thông qua văn kiện");
        RuleFor(i => i.Document).Required("tên văn kiện Đại hội Đảng", PartyBuildingRules.Title);
        RuleFor(i => i.Content).Required("nội dung liên quan đến phụ nữ được đưa vào văn kiện", PartyBuildingRules.LongText);
    }
}

internal sealed class ProgrammeProposalInputValidator : AbstractValidator<ProgrammeProposalInput>
{
    public ProgrammeProposalInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.ProposedOn).NotInFuture(clock, "ngày đề xuất");
        RuleFor(i => i.Programme).Required("tên chương trình, đề án", PartyBuildingRules.Title);
        RuleFor(i => i.Content).OptionalText("nội dung đề xuất", PartyBuildingRules.LongText);
    }
}
