using Modular.Shared.Storage;

namespace Modular.Modules.Family.Domain;

/// <summary>Every record of the module: owned by one unit, so access checks and the audit trail know whose it is.</summary>
internal abstract class FamilyRecord : IUnitOwned
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>
    /// The day a write of the record concerns: the unit must be in force and the module on for it that day. For
    /// dated events it is their date; for what goes on (sponsorships, forms kept up) it is today, or the end when
    /// that has passed, since such records may have started before the unit existed in its present form.
    /// </summary>
    public abstract DateOnly WriteDay(DateOnly today);
}

/// <summary>Which family standard a household was helped to meet.</summary>
internal enum FamilyStandard
{
    /// <summary>"5 không, 3 sạch".</summary>
    FiveNoThreeClean = 1,

    /// <summary>"5 có, 3 sạch", used in advanced new-rural areas.</summary>
    FiveYesThreeClean = 2,
}

/// <summary>A household the union helped to meet the family standard, counted in the year the standard was confirmed.</summary>
internal sealed class StandardHousehold : FamilyRecord
{
    public override DateOnly WriteDay(DateOnly today) => ConfirmedOn;

    public FamilyStandard Standard { get; set; }

    public string HouseholdHead { get; set; } = string.Empty;

    /// <summary>The head's name without accents, for search.</summary>
    public string HouseholdHeadFolded { get; set; } = string.Empty;

    public string Village { get; set; } = string.Empty;

    public DateOnly ConfirmedOn { get; set; }
}

/// <summary>A work (công trình, phần việc) for new-rural or civilised-urban building that a base union registers and carries out.</summary>
internal sealed class CommunityWork : FamilyRecord
{
    public override DateOnly WriteDay(DateOnly today) => CarriedOutOn ?? RegisteredOn;

    public string Name { get; set; } = string.Empty;

    public string NameFolded { get; set; } = string.Empty;

    public DateOnly RegisteredOn { get; set; }

    /// <summary>Null while the work is registered but not yet carried out.</summary>
    public DateOnly? CarriedOutOn { get; set; }
}

/// <summary>Why a woman or girl is followed as a case.</summary>
internal enum VictimKind
{
    DomesticViolence = 1,
    TraffickingReturnee = 2,
}

/// <summary>Age groups of victims; exact ages are not kept.</summary>
internal enum VictimAgeGroup
{
    Under16 = 1,
    From16To17 = 2,
    From18To59 = 3,
    From60 = 4,
}

/// <summary>Support given to a victim; a case may have several or none yet.</summary>
[Flags]
internal enum VictimSupports
{
    None = 0,
    Counselling = 1,
    LegalAid = 2,
    HealthCare = 4,
    Shelter = 8,
    Referral = 16,
}

/// <summary>
/// A woman or girl who suffered domestic violence, or a trafficking victim who returned, found in the year.
/// Deliberately without name or identity number: the unit's own case code is the only identifier.
/// </summary>
internal sealed class VictimCase : FamilyRecord, IConfidentialRecord
{
    public override DateOnly WriteDay(DateOnly today) => FoundOn;

    /// <summary>Chosen by the unit, unique within it.</summary>
    public string CaseCode { get; set; } = string.Empty;

    public VictimKind Kind { get; set; }

    public VictimAgeGroup AgeGroup { get; set; }

    public DateOnly FoundOn { get; set; }

    public VictimSupports Supports { get; set; }
}

/// <summary>Kinds of support to women with disabilities.</summary>
internal enum DisabilitySupportKind
{
    Gift = 1,
    Livelihood = 2,
    VocationalTraining = 3,
    HealthCare = 4,
    Counselling = 5,
    Other = 6,
}

/// <summary>One act of support to a woman with disabilities; the indicator counts women (distinct codes), not acts.</summary>
internal sealed class DisabledWomanSupport : FamilyRecord
{
    public override DateOnly WriteDay(DateOnly today) => SupportedOn;

    /// <summary>The unit's code for the woman, upper case, so the same woman is counted once.</summary>
    public string WomanCode { get; set; } = string.Empty;

    public DisabilitySupportKind Kind { get; set; }

    public DateOnly SupportedOn { get; set; }
}

/// <summary>A child sponsored under the Godmother programme ("Mẹ đỡ đầu").</summary>
internal sealed class Sponsorship : FamilyRecord
{
    public override DateOnly WriteDay(DateOnly today) => EndedOn is { } end && end < today ? end : today;

    /// <summary>The unit's code for the child, upper case; no names of children are kept.</summary>
    public string ChildCode { get; set; } = string.Empty;

    public string Sponsor { get; set; } = string.Empty;

    public string SponsorFolded { get; set; } = string.Empty;

    /// <summary>VND per month.</summary>
    public long MonthlySupport { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>Null while the sponsorship goes on.</summary>
    public DateOnly? EndedOn { get; set; }
}

/// <summary>Culture or sport.</summary>
internal enum CultureSportsKind
{
    Culture = 1,
    Sports = 2,
}

/// <summary>A culture or sports form (club, troupe, team) a base union keeps up; its name is unique within the unit.</summary>
internal sealed class CultureSportsForm : FamilyRecord
{
    public override DateOnly WriteDay(DateOnly today) => EndedOn is { } end && end < today ? end : today;

    public string Name { get; set; } = string.Empty;

    public string NameFolded { get; set; } = string.Empty;

    public CultureSportsKind Kind { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>Null while the form is kept up.</summary>
    public DateOnly? EndedOn { get; set; }
}

/// <summary>Programmes whose activities are logged.</summary>
internal enum FamilyProgramme
{
    /// <summary>Parenting education (giáo dục kỹ năng làm cha mẹ).</summary>
    ParentingEducation = 1,

    /// <summary>Project 938 (Đề án 938).</summary>
    Project938 = 2,
}

/// <summary>A parenting-education or Project 938 activity held by a unit.</summary>
internal sealed class FamilyActivity : FamilyRecord
{
    public override DateOnly WriteDay(DateOnly today) => HeldOn;

    public FamilyProgramme Programme { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Topic { get; set; } = string.Empty;

    public string TopicFolded { get; set; } = string.Empty;

    public int Participants { get; set; }
}
