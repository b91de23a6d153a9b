using FluentValidation;
using Modular.Modules.Economy.Domain;
using Modular.Shared;

namespace Modular.Modules.Economy.Validation;

internal sealed record LoanInput(
    string? UnitCode,
    LoanSource Source,
    string? BorrowerName,
    long Amount,
    DateOnly LoanedOn) : IRecordInput<LoanInput, Loan>
{
    public LoanInput Cleaned() => this with
    {
        UnitCode = VietnameseText.Clean(UnitCode),
        BorrowerName = VietnameseText.Clean(BorrowerName),
    };

    public void CopyTo(Loan record)
    {
        record.Source = Source;
        record.BorrowerName = BorrowerName!;
        record.BorrowerNameFolded = VietnameseText.Fold(BorrowerName!);
        record.Amount = Amount;
        record.LoanedOn = LoanedOn;
    }
}

internal sealed class LoanInputValidator : AbstractValidator<LoanInput>
{
    public LoanInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).UnitCode();
        RuleFor(i => i.Source).IsInEnum().WithMessage("Nguồn vốn phải là tổ tiết kiệm vay vốn của Hội hoặc Ngân hàng Chính sách xã hội.");
        RuleFor(i => i.BorrowerName).RequiredText("Họ tên người vay");
        RuleFor(i => i.Amount).GreaterThan(0).WithMessage("Số tiền vay phải là số dương (đồng).");
        RuleFor(i => i.LoanedOn).NotInFuture(clock, "Ngày vay");
    }
}
