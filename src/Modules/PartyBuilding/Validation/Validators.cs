using FluentValidation;
using Modular.Modules.PartyBuilding.Domain;

namespace Modular.Modules.PartyBuilding.Validation;

internal sealed class SupervisionInputValidator : AbstractValidator<SupervisionInput>
{
    public SupervisionInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).Unit();
        RuleFor(i => i.HeldOn).NotInFuture(clock, "ngày giám sát");
        RuleFor(i => i.Policy).Required("chính sách được giám sát", Rules.Title);
        RuleFor(i => i.PeriodTo).GreaterThanOrEqualTo(i => i.PeriodFrom)
            .WithMessage("Kỳ giám sát phải kết thúc cùng ngày hoặc sau ngày bắt đầu (đến ngày ≥ từ ngày).");
        RuleFor(i => i.PeriodFrom).LessThanOrEqualTo(i => i.HeldOn)
            .WithMessage("Kỳ được giám sát phải bắt đầu trước ngày giám sát.");
        RuleFor(i => i.Findings).Optional("kết quả giám sát", Rules.LongText);
        RuleFor(i => i.Recommendations).Optional("kiến nghị", Rules.LongText);
        RuleFor(i => i.FollowUp).Optional("kết quả theo dõi kiến nghị", Rules.LongText);
    }
}

internal sealed class DraftOpinionInputValidator : AbstractValidator<DraftOpinionInput>
{
    public DraftOpinionInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).Unit();
        RuleFor(i => i.SentOn).NotInFuture(clock, "ngày gửi ý kiến");
        RuleFor(i => i.Draft).Required("tên dự thảo", Rules.Title);
        RuleFor(i => i.IssuedBy).Required("cơ quan ban hành dự thảo", Rules.ShortText);
        RuleFor(i => i.Content).Optional("nội dung ý kiến", Rules.LongText);
    }
}

internal sealed class DialogueInputValidator : AbstractValidator<DialogueInput>
{
    public DialogueInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).Unit();
        RuleFor(i => i.HeldOn).NotInFuture(clock, "ngày đối thoại");
        RuleFor(i => i.CounterpartName).Optional("họ tên, chức vụ người đối thoại", Rules.ShortText);
        RuleFor(i => i.Issues).Required("các vấn đề được nêu", Rules.LongText);
        RuleFor(i => i.Commitments).Optional("các cam kết", Rules.LongText);
        RuleFor(i => i.FollowUp).Optional("kết quả thực hiện cam kết", Rules.LongText);
    }
}

internal sealed class BranchHeadInputValidator : AbstractValidator<BranchHeadInput>
{
    public BranchHeadInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).Unit();
        RuleFor(i => i.ListedOn).NotInFuture(clock, "ngày đưa vào danh sách");
        RuleFor(i => i.FullName).Required("họ tên chi hội trưởng", Rules.ShortText);
        RuleFor(i => i.Branch).Required("tên chi hội", Rules.ShortText);
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
        RuleFor(i => i.UnitCode).Unit();
        RuleFor(i => i.HeldOn).NotInFuture(clock, "ngày tổ chức");
        RuleFor(i => i.Title).Required("tên hoạt động", Rules.Title);
        RuleFor(i => i.Participants).GreaterThanOrEqualTo(0).WithMessage("Số người tham dự không được âm.");
        RuleFor(i => i.Notes).Optional("ghi chú", Rules.LongText);
    }
}

internal sealed class CongressWomenContentInputValidator : AbstractValidator<CongressWomenContentInput>
{
    public CongressWomenContentInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).Unit();
        RuleFor(i => i.AdoptedOn).NotInFuture(clock, "ngày thông qua văn kiện");
        RuleFor(i => i.Document).Required("tên văn kiện Đại hội Đảng", Rules.Title);
        RuleFor(i => i.Content).Required("nội dung liên quan đến phụ nữ được đưa vào văn kiện", Rules.LongText);
    }
}

internal sealed class ProgrammeProposalInputValidator : AbstractValidator<ProgrammeProposalInput>
{
    public ProgrammeProposalInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).Unit();
        RuleFor(i => i.ProposedOn).NotInFuture(clock, "ngày đề xuất");
        RuleFor(i => i.Programme).Required("tên chương trình, đề án", Rules.Title);
        RuleFor(i => i.Content).Optional("nội dung đề xuất", Rules.LongText);
    }
}
