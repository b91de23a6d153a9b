using GraphQL.Types;

namespace Modular.Modules.PartyBuilding.GraphQL;

/// <summary>A record type whose third field is the day the record counts on, named in the record's own words.</summary>
internal abstract class PartyRecordGraphType<TRecord>(string name, string description, string dateField, string dateDescription)
    : RecordGraphType<TRecord>(
        name,
        description,
        first: type => type.Field<NonNullGraphType<CalendarDateGraphType>>(dateField).Description(dateDescription).Resolve(c => c.Source.Date))
    where TRecord : PartyRecord;

internal sealed class SupervisionType() : PartyRecordGraphType<Supervision>(
    "PartySupervision", "A supervision of a policy led by the unit (targets 2.7a, 2.7c).", "heldOn", "The day the supervision took place; it counts in that year.");

internal sealed class DraftOpinionType() : PartyRecordGraphType<DraftOpinion>(
    "PartyDraftOpinion", "Social criticism of, or comments on, a draft document (targets 2.7b, 2.7d, 2.8.3b).", "sentOn", "The day the opinion was sent.");

internal sealed class DialogueType() : PartyRecordGraphType<Dialogue>(
    "PartyDialogue", "A dialogue with the head of the Party committee or the chairman of the people's committee (target 2.8.3d).", "heldOn", "The day of the dialogue.");

internal sealed class BranchHeadType() : PartyRecordGraphType<BranchHead>(
    "PartyBranchHead", "A branch head who is not a Party member (target 2.8.1f).", "listedOn", "The day she was put on the list; she counts among eligible heads from then.");

internal sealed class WomenCadreActivityType() : PartyRecordGraphType<WomenCadreActivity>(
    "PartyWomenCadreActivity", "An activity supporting women cadres (target 2.8.3a).", "heldOn", "The day of the activity.");

internal sealed class CongressWomenContentType() : PartyRecordGraphType<CongressWomenContent>(
    "PartyCongressWomenContent", "Content about women included in a Party congress document (target 2.8.3c).", "adoptedOn", "The day the document was adopted.");

internal sealed class ProgrammeProposalType() : PartyRecordGraphType<ProgrammeProposal>(
    "PartyProgrammeProposal", "A base union's proposal to take part in a programme or project (target 2.8.1e).", "proposedOn", "The day it was proposed.");

internal sealed class SupervisionInputType() : RecordInputGraphType<SupervisionInput>("PartySupervisionInput");

internal sealed class DraftOpinionInputType() : RecordInputGraphType<DraftOpinionInput>("PartyDraftOpinionInput");

internal sealed class DialogueInputType() : RecordInputGraphType<DialogueInput>("PartyDialogueInput");

internal sealed class BranchHeadInputType() : RecordInputGraphType<BranchHeadInput>("PartyBranchHeadInput");

internal sealed class WomenCadreActivityInputType() : RecordInputGraphType<WomenCadreActivityInput>("PartyWomenCadreActivityInput");

internal sealed class CongressWomenContentInputType() : RecordInputGraphType<CongressWomenContentInput>("PartyCongressWomenContentInput");

internal sealed class ProgrammeProposalInputType() : RecordInputGraphType<ProgrammeProposalInput>("PartyProgrammeProposalInput");

internal sealed class DraftOpinionKindEnum() : ModuleEnumGraphType<DraftOpinionKind>(
    "PartyDraftOpinionKind",
    "CRITICISM: phản biện xã hội; COMMENT: góp ý dự thảo của cấp ủy, chính quyền; CONGRESS_DRAFT_COMMENT: góp ý dự thảo văn kiện Đại hội Đảng.");

internal sealed class DialogueCounterpartEnum() : ModuleEnumGraphType<DialogueCounterpart>(
    "PartyDialogueCounterpart", "PARTY_COMMITTEE_HEAD: người đứng đầu cấp ủy; PEOPLES_COMMITTEE_CHAIRMAN: Chủ tịch UBND.");

internal sealed class WomenCadreActivityKindEnum() : ModuleEnumGraphType<WomenCadreActivityKind>(
    "PartyWomenCadreActivityKind", "TRAINING: tập huấn, bồi dưỡng; SEMINAR: hội thảo, tọa đàm; NETWORK: mạng lưới cán bộ nữ.");

internal sealed class ProgrammeKindEnum() : ModuleEnumGraphType<ProgrammeKind>(
    "PartyProgrammeKind", "NATIONAL_TARGET_PROGRAMME: chương trình MTQG; LOCAL_PROJECT: đề án phát triển kinh tế - xã hội, xây dựng Đảng của địa phương.");
