using FluentValidation;
using Modular.Modules.Economy.Domain;
using Modular.Shared;

namespace Modular.Modules.Economy.Validation;

internal sealed record StartupInput(
    string? UnitCode,
    string? Name,
    string? OwnerName,
    DateOnly SupportedOn) : IRecordInput<StartupInput, StartupProject>
{
    public StartupInput Cleaned() => this with
    {
        UnitCode = VietnameseText.Clean(UnitCode),
        Name = VietnameseText.Clean(Name),
        OwnerName = VietnameseText.Clean(OwnerName),
    };

    public void CopyTo(StartupProject record)
    {
        record.Name = Name!;
        record.NameFolded = VietnameseText.Fold(Name!);
        record.OwnerName = OwnerName!;
        record.OwnerNameFolded = VietnameseText.Fold(OwnerName!);
        record.SupportedOn = SupportedOn;
    }
}

internal sealed class StartupInputValidator : AbstractValidator<StartupInput>
{
    public StartupInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).UnitCode();
        RuleFor(i => i.Name).RequiredText("Tên ý tưởng, dự án khởi nghiệp");
        RuleFor(i => i.OwnerName).RequiredText("Chủ ý tưởng, dự án");
        RuleFor(i => i.SupportedOn).NotInFuture(clock, "Ngày hỗ trợ");
    }
}
