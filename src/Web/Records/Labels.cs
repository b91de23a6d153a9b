namespace Modular.Web.Records;

/// <summary>
/// Vietnamese names of the records' fields and lists, for the schema's fields whose descriptions are written for
/// developers. A field not named here shows its description, so a new field still appears with a label.
/// </summary>
public static class Labels
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["id"] = "Mã số",
        ["unit"] = "Đơn vị",
        ["unitCode"] = "Đơn vị",
        ["headName"] = "Họ tên chủ hộ",
        ["village"] = "Thôn, tổ dân phố",
        ["statusAtStart"] = "Diện hộ khi bắt đầu hỗ trợ",
        ["supportStartedOn"] = "Ngày bắt đầu hỗ trợ",
        ["support"] = "Hình thức hỗ trợ",
        ["supportDetails"] = "Chi tiết hỗ trợ",
        ["exitedPovertyOn"] = "Ngày thoát nghèo, cận nghèo",
        ["fullName"] = "Họ tên",
        ["birthYear"] = "Năm sinh",
        ["businessKind"] = "Loại hình kinh doanh",
        ["supportedOn"] = "Ngày hỗ trợ",
        ["name"] = "Tên",
        ["kind"] = "Loại",
        ["foundedOn"] = "Ngày thành lập",
        ["members"] = "Số thành viên",
        ["womenInManagement"] = "Số nữ trong ban quản lý",
        ["ownerName"] = "Chủ ý tưởng, dự án",
        ["source"] = "Nguồn vốn",
        ["borrowerName"] = "Người vay",
        ["amount"] = "Số tiền (đồng)",
        ["loanedOn"] = "Ngày vay",
        ["standard"] = "Tiêu chí",
        ["householdHead"] = "Chủ hộ",
        ["confirmedOn"] = "Ngày công nhận",
        ["registeredOn"] = "Ngày đăng ký",
        ["carriedOutOn"] = "Ngày thực hiện xong",
        ["carriedOut"] = "Đã thực hiện",
        ["caseCode"] = "Mã hồ sơ",
        ["ageGroup"] = "Nhóm tuổi",
        ["foundOn"] = "Ngày phát hiện",
        ["supports"] = "Hình thức đã hỗ trợ",
        ["supported"] = "Đã được hỗ trợ",
        ["womanCode"] = "Mã người được hỗ trợ",
        ["childCode"] = "Mã trẻ",
        ["sponsor"] = "Người, tổ chức đỡ đầu",
        ["monthlySupport"] = "Mức hỗ trợ hằng tháng (đồng)",
        ["startedOn"] = "Ngày bắt đầu",
        ["endedOn"] = "Ngày kết thúc",
        ["activeOn"] = "Còn hiệu lực vào ngày",
        ["programme"] = "Chương trình",
        ["heldOn"] = "Ngày tổ chức",
        ["topic"] = "Chủ đề",
        ["participants"] = "Số người tham dự",
        ["ethnicity"] = "Dân tộc",
        ["religion"] = "Tôn giáo",
        ["branch"] = "Chi hội",
        ["joinedOn"] = "Ngày vào Hội",
        ["movedInOn"] = "Ngày chuyển đến tỉnh",
        ["joinedUnit"] = "Đơn vị kết nạp",
        ["status"] = "Tình trạng",
        ["birthYearFrom"] = "Năm sinh từ",
        ["birthYearTo"] = "Năm sinh đến",
        ["position"] = "Chức vụ",
        ["proficientInSoftware"] = "Sử dụng thành thạo phần mềm công tác Hội",
        ["trainedOn"] = "Ngày được tập huấn nghiệp vụ",
        ["title"] = "Tên, chủ đề",
        ["partners"] = "Cơ quan, tổ chức phối hợp",
        ["issuedOn"] = "Ngày phát hành",
        ["digitised"] = "Đã số hóa",
        ["postedOnline"] = "Đã đăng trên trang thông tin, mạng xã hội của Hội",
        ["onDigitalPlatform"] = "Tổ chức trên nền tảng số",
        ["summary"] = "Nội dung vụ việc",
        ["reportedOn"] = "Ngày phản ánh",
        ["handledOn"] = "Ngày tư vấn, hỗ trợ",
        ["outcome"] = "Kết quả",
        ["quantity"] = "Số máy",
        ["description"] = "Mô tả",
        ["installedOn"] = "Ngày đưa vào sử dụng",
        ["retiredOn"] = "Ngày thôi sử dụng",
        ["ethnicMinorityParticipants"] = "Số người dân tộc thiểu số tham dự",
        ["policy"] = "Chính sách được giám sát",
        ["periodFrom"] = "Thời kỳ giám sát từ ngày",
        ["periodTo"] = "Thời kỳ giám sát đến ngày",
        ["findings"] = "Kết quả giám sát",
        ["recommendations"] = "Kiến nghị",
        ["followUp"] = "Kết quả thực hiện",
        ["sentOn"] = "Ngày gửi",
        ["draft"] = "Tên dự thảo",
        ["issuedBy"] = "Cơ quan ban hành dự thảo",
        ["content"] = "Nội dung",
        ["takenUp"] = "Được tiếp thu",
        ["counterpart"] = "Đối thoại với",
        ["counterpartName"] = "Họ tên người đối thoại",
        ["issues"] = "Vấn đề phụ nữ nêu",
        ["commitments"] = "Cam kết của lãnh đạo",
        ["listedOn"] = "Ngày đưa vào danh sách",
        ["eligible"] = "Đủ điều kiện phát triển Đảng",
        ["introduced"] = "Đã giới thiệu cho Đảng",
        ["introducedOn"] = "Ngày giới thiệu cho Đảng",
        ["notes"] = "Ghi chú",
        ["adoptedOn"] = "Ngày thông qua",
        ["document"] = "Văn kiện Đại hội",
        ["proposedOn"] = "Ngày đề xuất",
        ["accepted"] = "Được chấp nhận",
        ["from"] = "Từ ngày",
        ["to"] = "Đến ngày",
        ["search"] = "Tìm kiếm",
    };

    // Where a name means something else in one record; keyed by the record type (input types map to it).
    private static readonly Dictionary<string, string> Overrides = new(StringComparer.Ordinal)
    {
        ["EconomyCooperative.name"] = "Tên hợp tác xã, tổ hợp tác",
        ["EconomyStartup.name"] = "Tên ý tưởng, dự án",
        ["EconomyEntrepreneur.support"] = "Nội dung hỗ trợ",
        ["FamilyCommunityWork.name"] = "Tên công trình, phần việc",
        ["FamilyCultureSportsForm.name"] = "Tên hình thức",
        ["FamilyCultureSportsForm.kind"] = "Lĩnh vực",
        ["OrganisationActivityType.name"] = "Tên hoạt động",
        ["OrganisationActivityType.kind"] = "Loại hình",
        ["OrganisationModel.name"] = "Tên mô hình",
        ["OrganisationModel.kind"] = "Loại mô hình",
        ["OrganisationModel.participants"] = "Số người tham gia",
        ["PartySupervision.followUp"] = "Kết quả thực hiện kiến nghị",
        ["PartyDialogue.followUp"] = "Kết quả thực hiện cam kết",
        ["PartyDraftOpinion.content"] = "Nội dung phản biện, góp ý",
        ["PartyDraftOpinion.kind"] = "Hình thức",
        ["PartyCongressWomenContent.content"] = "Nội dung về phụ nữ được đưa vào",
        ["PartyProgrammeProposal.programme"] = "Chương trình, đề án",
        ["PartyProgrammeProposal.content"] = "Nội dung đề xuất",
        ["PartyWomenCadreActivity.title"] = "Tên hoạt động",
        ["PartyWomenCadreActivity.kind"] = "Hình thức",
        ["PartyBranchHead.branch"] = "Chi hội",
        ["FamilyVictimCase.kind"] = "Trường hợp",
        ["FamilyDisabledWomanSupport.kind"] = "Hình thức hỗ trợ",
        ["EconomyCooperative.kind"] = "Loại hình",
    };

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["economy.households"] = "Hộ nghèo, cận nghèo được hỗ trợ",
        ["economy.entrepreneurs"] = "Hỗ trợ nữ chủ doanh nghiệp, hợp tác xã, hộ kinh doanh",
        ["economy.cooperatives"] = "Hợp tác xã, tổ hợp tác",
        ["economy.startups"] = "Ý tưởng, dự án khởi nghiệp",
        ["economy.loans"] = "Khoản vay",
        ["family.standardHouseholds"] = "Hộ đạt tiêu chí “5 không, 3 sạch”",
        ["family.communityWorks"] = "Công trình, phần việc",
        ["family.victimCases"] = "Hồ sơ nạn nhân (bảo mật)",
        ["family.disabledWomanSupports"] = "Hỗ trợ phụ nữ khuyết tật",
        ["family.sponsorships"] = "Trẻ được nhận đỡ đầu",
        ["family.cultureSportsForms"] = "Hình thức văn hóa, thể thao",
        ["family.activities"] = "Giáo dục làm cha mẹ, Đề án 938",
        ["organisation.members"] = "Hội viên",
        ["organisation.activityTypes"] = "Loại hình hoạt động",
        ["organisation.models"] = "Mô hình",
        ["organisation.cadres"] = "Cán bộ chuyên trách",
        ["organisation.branchHeads"] = "Chi hội trưởng",
        ["organisation.jointActivities"] = "Hoạt động phối hợp",
        ["organisation.communicationMaterials"] = "Tài liệu truyền thông",
        ["organisation.communicationActivities"] = "Hoạt động truyền thông",
        ["organisation.websiteCases"] = "Vụ việc phản ánh qua trang thông tin",
        ["organisation.networkedComputers"] = "Máy tính nối mạng",
        ["organisation.digitalTrainings"] = "Tập huấn chuyển đổi số",
        ["party.supervisions"] = "Giám sát",
        ["party.draftOpinions"] = "Phản biện, góp ý dự thảo",
        ["party.dialogues"] = "Đối thoại với lãnh đạo",
        ["party.branchHeads"] = "Chi hội trưởng ngoài Đảng",
        ["party.womenCadreActivities"] = "Hoạt động hỗ trợ cán bộ nữ",
        ["party.congressWomenContents"] = "Nội dung về phụ nữ trong văn kiện Đại hội",
        ["party.programmeProposals"] = "Đề xuất tham gia chương trình, đề án",
    };

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["PartyDraftOpinionKind.CRITICISM"] = "Phản biện xã hội",
        ["PartyDraftOpinionKind.COMMENT"] = "Góp ý dự thảo của cấp ủy, chính quyền",
        ["PartyDraftOpinionKind.CONGRESS_DRAFT_COMMENT"] = "Góp ý dự thảo văn kiện Đại hội Đảng",
        ["PartyDialogueCounterpart.PARTY_COMMITTEE_HEAD"] = "Người đứng đầu cấp ủy",
        ["PartyDialogueCounterpart.PEOPLES_COMMITTEE_CHAIRMAN"] = "Chủ tịch UBND",
        ["PartyWomenCadreActivityKind.TRAINING"] = "Tập huấn, bồi dưỡng",
        ["PartyWomenCadreActivityKind.SEMINAR"] = "Hội thảo, tọa đàm",
        ["PartyWomenCadreActivityKind.NETWORK"] = "Mạng lưới cán bộ nữ",
        ["PartyProgrammeKind.NATIONAL_TARGET_PROGRAMME"] = "Chương trình mục tiêu quốc gia",
        ["PartyProgrammeKind.LOCAL_PROJECT"] = "Đề án phát triển kinh tế - xã hội, xây dựng Đảng của địa phương",
    };

    private static readonly Dictionary<string, string> Notes = new(StringComparer.Ordinal)
    {
        ["family.victimCases"] = "Hồ sơ bảo mật: không ghi họ tên, số giấy tờ, chỉ mã hồ sơ do đơn vị đặt. Chỉ cán bộ báo cáo, quản lý của chính đơn vị được xem.",
        ["organisation.members"] = "Thông tin cá nhân của hội viên: chỉ xem được trong phạm vi đơn vị của tài khoản.",
    };

    private static readonly HashSet<string> LongTexts = new(StringComparer.Ordinal)
    {
        "supportDetails", "findings", "recommendations", "followUp", "content", "issues", "commitments", "notes", "summary", "outcome", "description",
    };

    /// <summary>A field's label in a record type (an input type counts as the record it writes).</summary>
    public static string Field(string typeName, FieldInfo field) =>
        Overrides.GetValueOrDefault($"{RecordTypeOf(typeName)}.{field.Name}")
        ?? Fields.GetValueOrDefault(field.Name)
        ?? Sentence(field.Description)
        ?? field.Name;

    public static string RecordTitle(string moduleKey, string listField, string? description) =>
        Titles.GetValueOrDefault($"{moduleKey}.{listField}") ?? Sentence(description) ?? listField;

    /// <summary>An enum value's label: its description, or the catalogue's, or its name.</summary>
    public static string Value(string enumName, EnumValueInfo value) =>
        Values.GetValueOrDefault($"{enumName}.{value.Name}") ?? Sentence(value.Description) ?? value.Name;

    /// <summary>What a person must know before writing a kind of record, when there is something.</summary>
    public static string? Note(string moduleKey, string listField) => Notes.GetValueOrDefault($"{moduleKey}.{listField}");

    public static bool IsLongText(string fieldName) => LongTexts.Contains(fieldName);

    /// <summary>"EconomyHouseholdInput" and "OrganisationCreateMemberInput" name the records EconomyHousehold and OrganisationMember.</summary>
    private static string RecordTypeOf(string typeName) =>
        typeName.EndsWith("Input", StringComparison.Ordinal) ? typeName[..^"Input".Length].Replace("Create", "", StringComparison.Ordinal).Replace("Update", "", StringComparison.Ordinal) : typeName;

    private static string? Sentence(string? description) => string.IsNullOrWhiteSpace(description) ? null : description.Trim().TrimEnd('.');
}
