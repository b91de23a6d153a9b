using FluentValidation;
using Modular.Modules.Economy.Domain;
using Modular.Shared;

namespace Modular.Modules.Economy.Validation;

internal sealed record CooperativeInput(
    string? UnitCode,
    string? Name,
    CooperativeKind Kind,
    DateOnly FoundedOn,
    int Members,
    int WomenInManagement) : IRecordInput<CooperativeInput, Cooperative>
{
    public CooperativeInput Cleaned() => this with
    {
        UnitCode = VietnameseText.Clean(UnitCode),
        Name = VietnameseText.Clean(Name),
    };

    public void CopyTo(Cooperative record)
    {
        record.Name = Name!;
        record.NameFolded = VietnameseText.Fold(Name!);
        record.Kind = Kind;
        record.FoundedOn = FoundedOn;
        record.Members = Members;
        record.WomenInManagement = WomenInManagement;
    }
}

internal sealed class CooperativeInputValidator : AbstractValidator<CooperativeInput>
{
    public CooperativeInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).UnitCode();
        RuleFor(i => i.Name).RequiredText("Tên hợp tác xã, tổ hợp tác");
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Loại hình phải là hợp tác xã hoặc tổ hợp tác.");
        RuleFor(i => i.FoundedOn).NotInFuture(clock, "Ngày thành lập");
        RuleFor(i => i.Members).GreaterThan(0).WithMessage("Số thành viên phải lớn hơn 0.");
        RuleFor(i => i.WomenInManagement)
            .GreaterThanOrEqualTo(0).WithMessage("Số phụ nữ tham gia quản lý không được âm.")
            .Must((i, women) => women <= i.Members)
            .WithMessage((i, women) => $"Số phụ nữ tham gia quản lý ({women}) không được lớn hơn số thành viên ({i.Members}).");
    }
}
