using FluentValidation;
using Modular.Shared.Plans;
using Modular.Shared.Validation;

namespace Modular.Shared.Reporting;

/// <summary>A period with a code and name, inside its plan's year, due on or after its last day.</summary>
internal sealed class ReportingPeriodValidator : InputValidator<ReportingPeriodInput>
{
    public ReportingPeriodValidator(Plan plan)
    {
        RuleFor(i => i.Code).RequiredText("mã kỳ báo cáo", 20);
        RuleFor(i => i.Name).RequiredText("tên kỳ báo cáo", 200);
        RuleFor(i => i.Start).Must(day => day.Year == plan.Year).WithMessage($"Kỳ báo cáo phải bắt đầu trong năm {plan.Year} của kế hoạch.");
        RuleFor(i => i.End).Must((i, end) => end >= i.Start && end.Year == plan.Year)
            .WithMessage(i => $"Ngày kết thúc kỳ báo cáo phải từ ngày {i.Start:dd/MM/yyyy} đến hết năm {plan.Year}.");
        RuleFor(i => i.DueDate).Must((i, due) => due is null || due >= i.End)
            .WithMessage(i => $"Hạn nộp báo cáo phải từ ngày kết thúc kỳ ({i.End:dd/MM/yyyy}) trở đi.");
    }
}

/// <summary>A step's note: optional for a submission and approvals, a reason required for a return or an unlock.</summary>
internal sealed class ReportStepValidator : InputValidator<ReportStepInput>
{
    public ReportStepValidator(ReportAction action)
    {
        RuleFor(i => i.PlanCode).Filled("Cần số hiệu kế hoạch.");
        RuleFor(i => i.PeriodCode).Filled("Cần mã kỳ báo cáo.");
        RuleFor(i => i.UnitCode).Filled("Cần mã đơn vị.");
        RuleFor(i => i.ModuleKey).Filled("Cần mô-đun của báo cáo.");
        if (action is ReportAction.Return or ReportAction.Unlock)
        {
            RuleFor(i => i.Note!).RequiredText(action == ReportAction.Return ? "lý do trả lại" : "lý do mở khóa", 1000);
        }
        else
        {
            RuleFor(i => i.Note).OptionalText("ghi chú", 1000);
        }
    }
}
