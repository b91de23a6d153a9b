using FluentValidation;
using Modular.Modules.Economy.Domain;
using Modular.Shared;

namespace Modular.Modules.Economy.Validation;

internal sealed record EntrepreneurInput(
    string? UnitCode,
    string? FullName,
    int BirthYear,
    BusinessKind BusinessKind,
    EntrepreneurSupport Support,
    DateOnly SupportedOn) : IRecordInput<EntrepreneurInput, SupportedEntrepreneur>
{
    public EntrepreneurInput Cleaned() => this with
    {
        UnitCode = VietnameseText.Clean(UnitCode),
        FullName = VietnameseText.Clean(FullName),
    };

    public void CopyTo(SupportedEntrepreneur record)
    {
        record.FullName = FullName!;
        record.FullNameFolded = VietnameseText.Fold(FullName!);
        record.BirthYear = BirthYear;
        record.BusinessKind = BusinessKind;
        record.Support = Support;
        record.SupportedOn = SupportedOn;
    }
}

internal sealed class EntrepreneurInputValidator : AbstractValidator<EntrepreneurInput>
{
    /// <summary>The youngest age at which one may work and run a business (Labour Code: 15).</summary>
    private const int WorkingAge = 15;

    public EntrepreneurInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).UnitCode();
        RuleFor(i => i.FullName).RequiredText("Họ tên");
        RuleFor(i => i.BirthYear)
            .Must(year => year >= 1900 && year <= clock.Today().Year - WorkingAge)
            .WithMessage((_, year) => $"Năm sinh {year} không hợp lệ: phải từ 1900 đến {clock.Today().Year - WorkingAge} (đủ {WorkingAge} tuổi).");
        RuleFor(i => i.BusinessKind).IsInEnum().WithMessage("Loại hình kinh doanh không hợp lệ.");
        RuleFor(i => i.Support).IsInEnum().WithMessage("Nội dung hỗ trợ không hợp lệ.");
        RuleFor(i => i.SupportedOn).NotInFuture(clock, "Ngày hỗ trợ");
    }
}
