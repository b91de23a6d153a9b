using FluentValidation;
using Modular.Modules.Economy.Domain;
using Modular.Shared.Validation;

namespace Modular.Modules.Economy.Validation;

internal sealed class HouseholdInputValidator : AbstractValidator<HouseholdInput>
{
    public HouseholdInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.HeadName).RequiredText("Họ tên chủ hộ", EconomyLimits.Name);
        RuleFor(i => i.Village).RequiredText("Thôn, tổ dân phố", EconomyLimits.Name);
        RuleFor(i => i.StatusAtStart).IsInEnum().WithMessage("Tình trạng khi bắt đầu hỗ trợ phải là hộ nghèo hoặc hộ cận nghèo.");
        RuleFor(i => i.Support).IsInEnum().WithMessage("Hình thức hỗ trợ không hợp lệ.");
        RuleFor(i => i.SupportDetails).OptionalText("Nội dung hỗ trợ", EconomyLimits.Details);
        RuleFor(i => i.SupportStartedOn).NotInFuture(clock, "Ngày bắt đầu hỗ trợ");
        RuleFor(i => i.ExitedPovertyOn)
            .NotInFuture(clock, "Ngày thoát nghèo, thoát cận nghèo")
            .Must((i, day) => day is null || day >= i.SupportStartedOn)
            .WithMessage((i, day) => $"Ngày thoát nghèo, thoát cận nghèo ({day:dd/MM/yyyy}) không được trước ngày bắt đầu hỗ trợ ({i.SupportStartedOn:dd/MM/yyyy}).");
    }
}

internal sealed class EntrepreneurInputValidator : AbstractValidator<EntrepreneurInput>
{
    /// <summary>The youngest age at which one may work and run a business (Labour Code: 15).</summary>
    private const int WorkingAge = 15;

    public EntrepreneurInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.FullName).RequiredText("Họ tên", EconomyLimits.Name);
        RuleFor(i => i.BirthYear)
            .Must(year => year >= 1900 && year <= clock.Today().Year - WorkingAge)
            .WithMessage((_, year) => $"Năm sinh {year} không hợp lệ: phải từ 1900 đến {clock.Today().Year - WorkingAge} (đủ {WorkingAge} tuổi).");
        RuleFor(i => i.BusinessKind).IsInEnum().WithMessage("Loại hình kinh doanh không hợp lệ.");
        RuleFor(i => i.Support).IsInEnum().WithMessage("Nội dung hỗ trợ không hợp lệ.");
        RuleFor(i => i.SupportedOn).NotInFuture(clock, "Ngày hỗ trợ");
    }
}

internal sealed class CooperativeInputValidator : AbstractValidator<CooperativeInput>
{
    public CooperativeInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Name).RequiredText("Tên hợp tác xã, tổ hợp tác", EconomyLimits.Name);
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Loại hình phải là hợp tác xã hoặc tổ hợp tác.");
        RuleFor(i => i.FoundedOn).NotInFuture(clock, "Ngày thành lập");
        RuleFor(i => i.Members).GreaterThan(0).WithMessage("Số thành viên phải lớn hơn 0.");
        RuleFor(i => i.WomenInManagement)
            .Count("Số phụ nữ tham gia quản lý")
            .Must((i, women) => women <= i.Members)
            .WithMessage((i, women) => $"Số phụ nữ tham gia quản lý ({women}) không được lớn hơn số thành viên ({i.Members}).");
    }
}

internal sealed class StartupInputValidator : AbstractValidator<StartupInput>
{
    public StartupInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Name).RequiredText("Tên ý tưởng, dự án khởi nghiệp", EconomyLimits.Name);
        RuleFor(i => i.OwnerName).RequiredText("Chủ ý tưởng, dự án", EconomyLimits.Name);
        RuleFor(i => i.SupportedOn).NotInFuture(clock, "Ngày hỗ trợ");
    }
}

internal sealed class LoanInputValidator : AbstractValidator<LoanInput>
{
    public LoanInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Source).IsInEnum().WithMessage("Nguồn vốn phải là tổ tiết kiệm vay vốn của Hội hoặc Ngân hàng Chính sách xã hội.");
        RuleFor(i => i.BorrowerName).RequiredText("Họ tên người vay", EconomyLimits.Name);
        RuleFor(i => i.Amount).GreaterThan(0).WithMessage("Số tiền vay phải là số dương (đồng).");
        RuleFor(i => i.LoanedOn).NotInFuture(clock, "Ngày vay");
    }
}
