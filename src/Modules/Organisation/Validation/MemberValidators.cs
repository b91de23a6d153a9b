using FluentValidation;

namespace Modular.Modules.Organisation.Validation;

/// <summary>A member's personal details; a member is a woman aged 18 or over when she joins (Điều lệ Hội).</summary>
internal sealed class MemberDetailsValidator : InputValidator<IMemberDetails>
{
    public const int MinimumAge = 18;
    public const int EarliestBirthYear = 1900;

    public MemberDetailsValidator(TimeProvider clock)
    {
        RuleFor(i => i.FullName).RequiredText("Họ và tên hội viên", OrganisationLimits.Name);
        RuleFor(i => i.BirthYear)
            .Must(year => year >= EarliestBirthYear && year <= clock.Today().Year - MinimumAge)
            .WithMessage(_ => $"Năm sinh phải từ {EarliestBirthYear} đến {clock.Today().Year - MinimumAge} (hội viên từ {MinimumAge} tuổi trở lên).");
        RuleFor(i => i.Ethnicity).RequiredText("Dân tộc", OrganisationLimits.Short);
        RuleFor(i => i.Religion).OptionalText("Tôn giáo", OrganisationLimits.Short);
        RuleFor(i => i.Branch).OptionalText("Chi hội", OrganisationLimits.Name);
        RuleFor(i => i.JoinedOn)
            .NotInFuture(clock, "Ngày vào Hội")
            .Must((i, joined) => joined.Year - i.BirthYear >= MinimumAge).WithMessage($"Hội viên phải đủ {MinimumAge} tuổi khi vào Hội: ngày vào Hội quá sớm so với năm sinh.");
    }
}

internal sealed class CreateMemberInputValidator : InputValidator<CreateMemberInput>
{
    public CreateMemberInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.UnitCode).UnitCode();
        Include(new MemberDetailsValidator(clock));
        RuleFor(i => i.MovedInOn)
            .Must((i, movedIn) => movedIn is null || movedIn >= i.JoinedOn).WithMessage("Ngày chuyển đến không được trước ngày vào Hội.")
            .NotInFuture(clock, "Ngày chuyển đến");
    }
}

internal sealed class UpdateMemberInputValidator : InputValidator<UpdateMemberInput>
{
    public UpdateMemberInputValidator(TimeProvider clock)
    {
        Include(new MemberDetailsValidator(clock));
    }
}
