namespace Modular.Modules.PartyBuilding.Demo;

/// <summary>The small lists plausible demo records are drawn from.</summary>
internal static class DemoTexts
{
    public static readonly IReadOnlyList<string> Policies =
    [
        "Chính sách hỗ trợ phụ nữ thuộc hộ nghèo sinh con đúng chính sách dân số",
        "Thực hiện Luật Bình đẳng giới",
        "Thực hiện Luật Phòng, chống bạo lực gia đình",
        "Chính sách bảo hiểm y tế cho người thuộc hộ cận nghèo",
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
        "Chính sách tín dụng đối với hộ nghèo và các đối tượng chính sách",
        "Chính sách hỗ trợ đào tạo nghề cho lao động nữ nông thôn",
        "Chính sách trợ giúp xã hội đối với người cao tuổi, người khuyết tật",
        "Chính sách bảo hiểm xã hội tự nguyện",
        "Dự án 8 về bình đẳng giới và các vấn đề cấp thiết đối với phụ nữ và trẻ em",
    ];

    public static readonly IReadOnlyList<string> Findings =
    [
        "Chính sách được triển khai đúng đối tượng, công khai, kịp thời.",
        "Cơ bản thực hiện đúng quy định; một số hồ sơ còn chậm.",
        "Việc tuyên truyền chính sách đến hội viên còn hạn chế.",
        "Còn một số trường hợp đủ điều kiện nhưng chưa được hưởng chính sách.",
    ];

    public static readonly IReadOnlyList<string> Recommendations =
    [
        "Đề nghị tăng cường tuyên truyền chính sách đến từng khu dân cư.",
        "Đề nghị rà soát, bổ sung đối tượng còn thiếu.",
        "Đề nghị rút ngắn thời gian giải quyết hồ sơ.",
        "Đề nghị bố trí thêm kinh phí thực hiện chính sách.",
    ];

    /// <summary>Drafts of a commune's Party committee or government a base union comments on.</summary>
    public static readonly IReadOnlyList<string> LocalDrafts =
    [
        "Dự thảo Kế hoạch phát triển kinh tế - xã hội năm {0}",
        "Dự thảo sửa đổi, bổ sung một số điều của Hiến pháp năm 2013",
        "Dự thảo Quy chế thực hiện dân chủ ở cơ sở",
        "Dự thảo Đề án sắp xếp thôn, tổ dân phố",
        "Dự thảo Kế hoạch xây dựng nông thôn mới nâng cao",
        "Dự thảo Kế hoạch chuyển đổi số của địa phương",
    ];

    /// <summary>Documents of a Party congress (the 2025-2030 term congresses were held in 2025).</summary>
    public static readonly IReadOnlyList<string> CongressDrafts =
    [
        "Dự thảo Báo cáo chính trị trình Đại hội Đảng bộ {0} nhiệm kỳ 2025-2030",
        "Dự thảo Văn kiện Đại hội Đảng bộ tỉnh Khánh Hòa lần thứ XIX",
        "Dự thảo Văn kiện Đại hội XIV của Đảng",
    ];

    public static readonly IReadOnlyList<string> Criticisms =
    [
        "Dự thảo Nghị quyết quy định chính sách hỗ trợ phụ nữ sinh đủ hai con",
        "Dự thảo Đề án phòng, chống bạo lực gia đình giai đoạn 2025-2030",
        "Dự thảo Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới",
        "Dự thảo Quyết định quy định mức hỗ trợ trẻ em có hoàn cảnh đặc biệt",
        "Dự thảo Nghị quyết về công tác dân số trong tình hình mới",
        "Dự thảo Chương trình chăm sóc sức khỏe sinh sản vị thành niên, thanh niên",
        "Dự thảo Đề án hỗ trợ phụ nữ khởi nghiệp giai đoạn 2025-2030",
    ];

    public static readonly IReadOnlyList<string> OpinionContents =
    [
        "Đề nghị bổ sung chỉ tiêu về bình đẳng giới.",
        "Đề nghị làm rõ nguồn lực thực hiện.",
        "Đề nghị quy định cụ thể trách nhiệm phối hợp với Hội Liên hiệp Phụ nữ.",
        "Thống nhất với dự thảo, đề nghị chỉnh sửa một số câu chữ.",
    ];

    public static readonly IReadOnlyList<string> NationalProgrammes =
    [
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
    ];

    public static readonly IReadOnlyList<string> LocalProjects =
    [
        "Đề án phát triển du lịch cộng đồng",
        "Đề án chuyển đổi số của địa phương",
        "Đề án mỗi xã một sản phẩm (OCOP)",
        "Đề án nâng cao chất lượng tổ chức cơ sở đảng và đảng viên",
    ];

    public static readonly IReadOnlyList<string> ProposalContents =
    [
        "Hội nhận triển khai mô hình sinh kế cho phụ nữ nghèo.",
        "Hội đề xuất được giao tổ chức tập huấn cho hội viên.",
        "Hội đề xuất hỗ trợ vốn cho tổ hợp tác do phụ nữ làm chủ.",
        "Hội nhận tuyên truyền, vận động hội viên tham gia.",
    ];

    public static readonly IReadOnlyList<string> TrainingTitles =
    [
        "Tập huấn kỹ năng lãnh đạo, quản lý cho cán bộ nữ",
        "Bồi dưỡng kỹ năng hoạt động cho nữ đại biểu Hội đồng nhân dân",
    ];

    public static readonly IReadOnlyList<string> SeminarTitles =
    [
        "Tọa đàm vai trò của cán bộ nữ trong hệ thống chính trị",
        "Hội thảo nâng cao tỷ lệ nữ tham gia cấp ủy nhiệm kỳ 2025-2030",
    ];

    public static readonly IReadOnlyList<string> NetworkTitles =
    [
        "Ra mắt mạng lưới nữ cán bộ lãnh đạo, quản lý",
        "Sinh hoạt câu lạc bộ nữ cán bộ lãnh đạo, quản lý",
    ];

    public static readonly IReadOnlyList<string> CongressWomenContents =
    [
        "Chỉ tiêu tỷ lệ nữ tham gia cấp ủy đạt từ 20% trở lên.",
        "Nhiệm vụ hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế.",
        "Giải pháp phòng, chống bạo lực gia đình, xâm hại trẻ em.",
        "Chỉ tiêu tỷ lệ nữ đại biểu Hội đồng nhân dân đạt trên 35%.",
    ];

    public static readonly IReadOnlyList<string> DialogueIssues =
    [
        "Việc làm cho lao động nữ sau sinh.",
        "Vốn vay phát triển kinh tế hộ gia đình do phụ nữ làm chủ.",
        "An toàn cho phụ nữ, trẻ em tại khu dân cư.",
        "Hỗ trợ phụ nữ khởi nghiệp.",
        "Phòng, chống bạo lực gia đình.",
        "Nhà trẻ cho con công nhân nữ tại khu công nghiệp.",
    ];

    public static readonly IReadOnlyList<string> DialogueCommitments =
    [
        "Chỉ đạo mở lớp dạy nghề ngắn hạn cho lao động nữ.",
        "Ưu tiên nguồn vốn vay ủy thác cho hộ phụ nữ nghèo.",
        "Bổ sung đèn chiếu sáng, camera an ninh tại các tuyến đường.",
        "Giao các ngành phối hợp với Hội rà soát, hỗ trợ kịp thời.",
    ];

    /// <summary>The unit's name inside a sentence: "Phường Vĩnh Hải" reads "phường Vĩnh Hải".</summary>
    public static string InSentence(string unitName) => char.ToLowerInvariant(unitName[0]) + unitName[1..];

    /// <summary>The Party committee of a level: Tỉnh ủy, Thành ủy, Thị ủy, Huyện ủy, or the commune's Đảng ủy.</summary>
    public static string PartyCommittee(string levelKey, string unitName) => levelKey switch
    {
        "province" => "Tỉnh ủy",
        "district" when unitName.StartsWith("Thành phố", StringComparison.Ordinal) => "Thành ủy",
        "district" when unitName.StartsWith("Thị xã", StringComparison.Ordinal) => "Thị ủy",
        "district" => "Huyện ủy",
        _ => "Đảng ủy",
    };

    /// <summary>Wards and townships have residential groups, communes villages.</summary>
    public static string Neighbourhood(string unitName, int number) =>
        unitName.StartsWith("Xã", StringComparison.Ordinal) ? $"Thôn {number}" : $"Tổ dân phố {number}";
}
