using FluentValidation;
using Modular.Modules.Economy.Domain;
using Modular.Shared;

namespace Modular.Modules.Economy.Validation;

internal sealed record HouseholdInput(
    string? UnitCode,
    string? HeadName,
    string? Village,
    HouseholdStatus StatusAtStart,
    DateOnly SupportStartedOn,
    HouseholdSupport Support,
    string? SupportDetails,
    DateOnly? ExitedPovertyOn) : IRecordInput<HouseholdInput, SupportedHousehold>
{
    public HouseholdInput Cleaned() => this with
    {
        UnitCode = VietnameseText.Clean(UnitCode),
        HeadName = VietnameseText.Clean(HeadName),
        Village = VietnameseText.Clean(Village),
        SupportDetails = VietnameseText.Clean(SupportDetails),
    };

    public void CopyTo(SupportedHousehold record)
    {
        record.HeadName = HeadName!;
        record.HeadNameFolded = VietnameseText.Fold(HeadName!);
        record.Village = Village!;
        record.VillageFolded = VietnameseText.Fold(Village!);
        record.StatusAtStart = StatusAtStart;
        record.SupportStartedOn = SupportStartedOn;
        record.Support = Support;
        record.SupportDetails = SupportDetails;
        record.ExitedPovertyOn = ExitedPovertyOn;
    }
}

internal sealed class HouseholdInputValidator : AbstractValidator<HouseholdInput>
{
    public HouseholdInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).UnitCode();
        RuleFor(i => i.HeadName).RequiredText("Họ tên chủ hộ");
        RuleFor(i => i.Village).RequiredText("Thôn, tổ dân phố");
        RuleFor(i => i.StatusAtStart).IsInEnum().WithMessage("Tình trạng khi bắt đầu hỗ trợ phải là hộ nghèo hoặc hộ cận nghèo.");
        RuleFor(i => i.Support).IsInEnum().WithMessage("Hình thức hỗ trợ không hợp lệ.");
        RuleFor(i => i.SupportDetails).MaximumLength(500).WithMessage("Nội dung hỗ trợ dài quá 500 ký tự.");
        RuleFor(i => i.SupportStartedOn).NotInFuture(clock, "Ngày bắt đầu hỗ trợ");
        RuleFor(i => i.ExitedPovertyOn)
            .NotInFuture(clock, "Ngày thoát nghèo, thoát cận nghèo")
            .Must((i, day) => day is null || day >= i.SupportStartedOn)
            .WithMessage((i, day) => $"Ngày thoát nghèo, thoát cận nghèo ({day:dd/MM/yyyy}) không được trước ngày bắt đầu hỗ trợ ({i.SupportStartedOn:dd/MM/yyyy}).");
    }
}
