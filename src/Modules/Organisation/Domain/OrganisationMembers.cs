using System.ComponentModel;
using Modular.Shared.Storage;

namespace Modular.Modules.Organisation.Domain;

/// <summary>
/// A member's standing: active at her current unit, or no longer on the province's registers. A move between the
/// province's units keeps her active (the move is in her history); <see cref="Moved"/> is a move out of the province.
/// </summary>
internal enum MemberStatus
{
    [Description("Đang sinh hoạt")]
    Active,

    [Description("Chuyển sinh hoạt ra ngoài tỉnh")]
    Moved,

    [Description("Ra khỏi Hội")]
    Left,

    [Description("Từ trần")]
    Deceased,
}

/// <summary>Why a period in a member's history began or ended.</summary>
internal enum MembershipReason
{
    /// <summary>Joined the union at this unit.</summary>
    [Description("Vào Hội")]
    Joined,

    /// <summary>Came from another unit.</summary>
    [Description("Chuyển đến")]
    MovedIn,

    /// <summary>Moved to another unit (of the province or outside it).</summary>
    [Description("Chuyển đi")]
    MovedOut,

    /// <summary>Left the union.</summary>
    [Description("Ra khỏi Hội")]
    Left,

    /// <summary>Died.</summary>
    [Description("Từ trần")]
    Deceased,
}

/// <summary>
/// A woman on the member register. <see cref="UnitId"/> is her current (or last) unit; where she was before is in
/// <see cref="History"/>, which the member counts read so a moved member counts once, where she was on the day.
/// </summary>
internal sealed class Member : IUnitOwned
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public required string FullName { get; set; }

    /// <summary>The full name folded (lower case, no accents) for searching and for spotting the same person twice.</summary>
    public required string FoldedName { get; set; }

    public int BirthYear { get; set; }

    public required string Ethnicity { get; set; }

    public string? Religion { get; set; }

    /// <summary>The branch (chi hội) she belongs to, as the base union names it.</summary>
    public string? Branch { get; set; }

    public DateOnly JoinedOn { get; set; }

    /// <summary>The unit she joined at: new members count there. Null when she joined outside the province and moved in.</summary>
    public int? JoinedUnitId { get; set; }

    public MemberStatus Status { get; set; }

    /// <summary>The day she moved out of the province, left or died; null while active.</summary>
    public DateOnly? EndedOn { get; set; }

    public List<MembershipPeriod> History { get; set; } = [];
}

/// <summary>One stay of a member at a unit: from the day she joined or came, to the day she moved, left or died (that day no longer counted).</summary>
internal sealed class MembershipPeriod : IUnitOwned
{
    public int Id { get; set; }

    public int MemberId { get; set; }

    public int UnitId { get; set; }

    public DateOnly From { get; set; }

    /// <summary>The first day she no longer belonged to the unit; null while she does.</summary>
    public DateOnly? To { get; set; }

    public MembershipReason StartReason { get; set; }

    public MembershipReason? EndReason { get; set; }
}
