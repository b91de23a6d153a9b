using System.ComponentModel;
using System.Linq.Expressions;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>What every record of the module has: the day it counts on in progress.</summary>
internal abstract class PartyRecord : UnitRecord
{
    /// <summary>The day the record counts on: a record counts towards a plan year when this day lies in the range asked for.</summary>
    public DateOnly Date { get; set; }

    public override DateOnly WriteDay(DateOnly today) => Date;
}

/// <summary>A kind of the module's records (<see cref="IRecordKind{TRecord}"/>): listed by the day it counts on.</summary>
internal abstract class PartyRecord<TRecord> : PartyRecord
    where TRecord : PartyRecord<TRecord>
{
    public static Expression<Func<TRecord, DateOnly>> ListedOn => r => r.Date;
}

/// <summary>A supervision of how a policy was carried out, led by the unit (plan targets 2.7a, 2.7c).</summary>
internal sealed class Supervision : PartyRecord<Supervision>, IRecordKind<Supervision>
{
    public static string Label => "cuộc giám sát";

    public override IEnumerable<string?> SearchedTexts() => [Policy];

    /// <summary>The policy, law or programme supervised.</summary>
    [Description("The policy supervised.")]
    public string Policy { get; set; } = "";

    /// <summary>First day of the period whose implementation was supervised.</summary>
    [Description("First day of the period supervised.")]
    public DateOnly PeriodFrom { get; set; }

    /// <summary>Last day of the period whose implementation was supervised.</summary>
    [Description("Last day of the period supervised.")]
    public DateOnly PeriodTo { get; set; }

    public string? Findings { get; set; }

    public string? Recommendations { get; set; }

    /// <summary>What came of the recommendations.</summary>
    [Description("What came of the recommendations.")]
    public string? FollowUp { get; set; }
}

/// <summary>What the union sent on a draft document.</summary>
internal enum DraftOpinionKind
{
    /// <summary>Social criticism (phản biện xã hội) of a draft (target 2.7b).</summary>
    Criticism,

    /// <summary>Comments (góp ý) on a draft of the Party committee or the government (target 2.7d).</summary>
    Comment,

    /// <summary>Comments on a draft document of a Party congress: a comment on a draft too (2.7d) and a congress session (2.8.3b).</summary>
    CongressDraftComment,
}

/// <summary>Social criticism of, or comments on, a draft document.</summary>
internal sealed class DraftOpinion : PartyRecord<DraftOpinion>, IRecordKind<DraftOpinion>
{
    public static string Label => "ý kiến về dự thảo";

    public override IEnumerable<string?> SearchedTexts() => [Draft, IssuedBy];

    public DraftOpinionKind Kind { get; set; }

    /// <summary>The draft's title.</summary>
    [Description("The draft's title.")]
    public string Draft { get; set; } = "";

    /// <summary>Who issued the draft (Party committee, people's committee, council...).</summary>
    [Description("Who issued the draft.")]
    public string IssuedBy { get; set; } = "";

    /// <summary>The gist of what the union said.</summary>
    [Description("The gist of the opinion.")]
    public string? Content { get; set; }

    /// <summary>Whether the drafters took the opinion up; null while no answer has come.</summary>
    [Description("Whether it was taken up; null while no answer has come.")]
    public bool? TakenUp { get; set; }
}

/// <summary>Whom the women's union held a dialogue with.</summary>
internal enum DialogueCounterpart
{
    /// <summary>The head (secretary) of the Party committee.</summary>
    PartyCommitteeHead,

    /// <summary>The chairman of the people's committee.</summary>
    PeoplesCommitteeChairman,
}

/// <summary>A dialogue between the head of the Party committee or government and women (target 2.8.3d).</summary>
internal sealed class Dialogue : PartyRecord<Dialogue>, IRecordKind<Dialogue>
{
    public static string Label => "cuộc đối thoại";

    public override IEnumerable<string?> SearchedTexts() => [CounterpartName, Issues];

    public DialogueCounterpart Counterpart { get; set; }

    /// <summary>The counterpart's name and title as the minutes give them.</summary>
    public string? CounterpartName { get; set; }

    [Description("Issues women raised.")]
    public string Issues { get; set; } = "";

    [Description("Commitments the leaders made.")]
    public string? Commitments { get; set; }

    /// <summary>How the commitments were kept.</summary>
    [Description("How the commitments were kept.")]
    public string? FollowUp { get; set; }
}

/// <summary>
/// A branch head who is not a Party member (target 2.8.1f): kept on the base union's list from <see cref="PartyRecord.Date"/>,
/// eligible or not for Party development, and when she was trained and introduced to the Party.
/// </summary>
internal sealed class BranchHead : PartyRecord<BranchHead>, IRecordKind<BranchHead>
{
    public static string Label => "chi hội trưởng";

    public override IEnumerable<string?> SearchedTexts() => [FullName, Branch];

    public string FullName { get; set; } = "";

    /// <summary>The branch (chi hội) she heads.</summary>
    [Description("The branch she heads.")]
    public string Branch { get; set; } = "";

    /// <summary>Whether she meets the conditions to be developed as a Party member.</summary>
    [Description("Whether she meets the conditions for Party development.")]
    public bool Eligible { get; set; }

    public DateOnly? TrainedOn { get; set; }

    /// <summary>The day the union introduced her to the Party for development; null until then.</summary>
    [Description("The day she was introduced to the Party for development.")]
    public DateOnly? IntroducedOn { get; set; }
}

/// <summary>How an activity supports women cadres.</summary>
internal enum WomenCadreActivityKind
{
    Training,
    Seminar,
    Network,
}

/// <summary>An activity supporting women cadres: a training, a seminar or a network (target 2.8.3a).</summary>
internal sealed class WomenCadreActivity : PartyRecord<WomenCadreActivity>, IRecordKind<WomenCadreActivity>
{
    public static string Label => "hoạt động hỗ trợ cán bộ nữ";

    public override IEnumerable<string?> SearchedTexts() => [Title];

    public WomenCadreActivityKind Kind { get; set; }

    public string Title { get; set; } = "";

    public int? Participants { get; set; }

    public string? Notes { get; set; }
}

/// <summary>Content about women that a Party congress document took in, on the union's proposal (target 2.8.3c).</summary>
internal sealed class CongressWomenContent : PartyRecord<CongressWomenContent>, IRecordKind<CongressWomenContent>
{
    public static string Label => "nội dung về phụ nữ trong văn kiện Đại hội";

    public override IEnumerable<string?> SearchedTexts() => [Document, Content];

    /// <summary>The congress document, e.g. the political report of the district Party congress.</summary>
    [Description("The congress document.")]
    public string Document { get; set; } = "";

    /// <summary>The content about women that was included.</summary>
    [Description("The content about women it took in.")]
    public string Content { get; set; } = "";
}

/// <summary>What a base union proposed to take part in.</summary>
internal enum ProgrammeKind
{
    /// <summary>A national target programme (chương trình mục tiêu quốc gia).</summary>
    NationalTargetProgramme,

    /// <summary>A local socio-economic development or Party building project (đề án).</summary>
    LocalProject,
}

/// <summary>A base union's proposal to take part in a national target programme or local project (target 2.8.1e).</summary>
internal sealed class ProgrammeProposal : PartyRecord<ProgrammeProposal>, IRecordKind<ProgrammeProposal>
{
    public static string Label => "đề xuất tham gia chương trình, đề án";

    public override IEnumerable<string?> SearchedTexts() => [Programme];

    public ProgrammeKind Kind { get; set; }

    /// <summary>The programme or project's name.</summary>
    public string Programme { get; set; } = "";

    /// <summary>What the union proposed to do in it.</summary>
    public string? Content { get; set; }

    /// <summary>Whether the proposal was accepted; null while no answer has come.</summary>
    [Description("Whether it was accepted; null while no answer has come.")]
    public bool? Accepted { get; set; }
}
