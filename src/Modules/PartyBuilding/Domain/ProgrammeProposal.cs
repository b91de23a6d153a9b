using Modular.Shared;

namespace Modular.Modules.PartyBuilding.Domain;

/// <summary>What a base union proposed to take part in.</summary>
internal enum ProgrammeKind
{
    /// <summary>A national target programme (chương trình mục tiêu quốc gia).</summary>
    NationalTargetProgramme,

    /// <summary>A local socio-economic development or Party building project (đề án).</summary>
    LocalProject,
}

/// <summary>A base union's proposal to take part in a national target programme or local project (target 2.8.1e).</summary>
internal sealed class ProgrammeProposal : PartyRecord
{
    public ProgrammeKind Kind { get; set; }

    /// <summary>The programme or project's name.</summary>
    public string Programme { get; set; } = "";

    /// <summary>What the union proposed to do in it.</summary>
    public string? Content { get; set; }

    /// <summary>Whether the proposal was accepted; null while no answer has come.</summary>
    public bool? Accepted { get; set; }
}

/// <summary>Input of <c>createProgrammeProposal</c> and <c>updateProgrammeProposal</c>.</summary>
internal sealed record ProgrammeProposalInput(
    string UnitCode,
    DateOnly ProposedOn,
    ProgrammeKind Kind,
    string Programme,
    string? Content,
    bool? Accepted) : IPartyRecordInput<ProgrammeProposal>
{
    public DateOnly Day => ProposedOn;

    public void ApplyTo(ProgrammeProposal record)
    {
        record.Date = ProposedOn;
        record.Kind = Kind;
        record.Programme = VietnameseText.Clean(Programme)!;
        record.Content = VietnameseText.Clean(Content);
        record.Accepted = Accepted;
        record.SearchText = VietnameseText.Fold(record.Programme);
    }
}
