using Modular.Shared;
using Modular.Shared.Access;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>
/// A branch head who is not a Party member (target 2.8.1f): kept on the base union's list from <see cref="PartyRecord.Date"/>,
/// eligible or not for Party development, and when she was trained and introduced to the Party.
/// </summary>
internal sealed class BranchHead : PartyRecord
{
    public string FullName { get; set; } = "";

    /// <summary>The branch (chi hội) she heads.</summary>
    public string Branch { get; set; } = "";

    /// <summary>Whether she meets the conditions to be developed as a Party member.</summary>
    public bool Eligible { get; set; }

    public DateOnly? TrainedOn { get; set; }

    /// <summary>The day the union introduced her to the Party for development; null until then.</summary>
    public DateOnly? IntroducedOn { get; set; }
}

/// <summary>Input of <c>createBranchHead</c> and <c>updateBranchHead</c>; <paramref name="ListedOn"/> is the day she was put on the list.</summary>
internal sealed record BranchHeadInput(
    string UnitCode,
    DateOnly ListedOn,
    string FullName,
    string Branch,
    bool Eligible,
    DateOnly? TrainedOn,
    DateOnly? IntroducedOn) : IPartyRecordInput<BranchHead>
{
    public DateOnly Day => ListedOn;

    public void ApplyTo(BranchHead record)
    {
        record.Date = ListedOn;
        record.FullName = VietnameseText.Clean(FullName)!;
        record.Branch = VietnameseText.Clean(Branch)!;
        record.Eligible = Eligible;
        record.TrainedOn = TrainedOn;
        record.IntroducedOn = IntroducedOn;
        record.SearchText = VietnameseText.Fold($"{record.FullName} {record.Branch}");
    }

    // Branch heads belong to a base union (or one of its branches), where target 2.8.1f is counted.
    public string? RefuseUnit(UnitRef unit) =>
        unit.LevelKey is "base" or "branch" ? null : $"Chi hội trưởng phải thuộc một cơ sở Hội hoặc chi hội; {unit.Name} không phải.";
}
