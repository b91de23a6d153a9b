using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>
/// Hand-built registers and records in four base unions of two districts, and each target's progress on 31/12/2025
/// worked out by hand. Units: A = 22327 Vĩnh Hòa, B = 22330 Vĩnh Hải, D = 22333 Vĩnh Phước (all Nha Trang, 568,
/// which has 22 base unions); C = 22408 Cam Nghĩa (Cam Ranh, 569, 15 base unions). The province has 132 base unions.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private const string A = "22327";
    private const string B = "22330";
    private const string D = "22333";
    private const string C = "22408";
    private const int NhaTrangBases = 22;
    private const int CamRanhBases = 15;
    private const int ProvinceBases = 132;

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Each_target_moves_as_a_person_counting_the_records_would()
    {
        var writer = _factory.ClientFor("56", Role.Reporter);
        await RegisterMembersAsync(writer);
        await RecordActivitiesAndModelsAsync(writer);
        await RecordPeopleAsync(writer);
        await RecordCommunicationAndItAsync(writer);

        var reader = _factory.ClientFor("56", Role.Viewer);
        var province = await reader.ProgressAsync("56");
        var nhaTrang = await reader.ProgressAsync("568");
        var camRanh = await reader.ProgressAsync("569");
        var a = await reader.ProgressAsync(A);
        var b = await reader.ProgressAsync(B);
        var c = await reader.ProgressAsync(C);
        var d = await reader.ProgressAsync(D);

        // 2.1 activity types >= 2 distinct kinds kept up on 31/12: A club + folk dance = 2 (meets); B two clubs = 1
        // kind, sport stopped 01/06 (fails); C culture + sport + club started on 31/12 = 3 (meets); D club only, folk
        // dance starts 2026 (fails).
        Coverage(a["2.1"], 1, 1);
        Coverage(b["2.1"], 0, 1);
        Coverage(c["2.1"], 1, 1);
        Coverage(d["2.1"], 0, 1);
        Coverage(nhaTrang["2.1"], 1, NhaTrangBases);
        Coverage(camRanh["2.1"], 1, CamRanhBases);
        Coverage(province["2.1"], 2, ProvinceBases);

        // 2.5a new members joined in 2025, where they joined: A 2 (Lan, Hoa; Mai joined 2019, Cúc 2026), B 2 (Hạnh,
        // Ngọc who left later; Thu joined 2024), D 3, C 1 (Yến; Hoa moved in but joined at A; Pha joined in another
        // province and moved in).
        Sum(a["2.5a"], 2);
        Sum(b["2.5a"], 2);
        Sum(d["2.5a"], 3);
        Sum(c["2.5a"], 1);
        Sum(nhaTrang["2.5a"], 2 + 2 + 3);
        Sum(camRanh["2.5a"], 1);
        Sum(province["2.5a"], 8);
        Assert.Equal(5500, province["2.5a"]["goal"].Number());
        Assert.Equal(Math.Round(100.0 * 8 / 5500, 2), province["2.5a"]["percent"].Number());

        // 2.5b members on 31/12 / women 18+ >= 60%: A 2 (Lan, Mai) / 4 = 50% (fails; 75% had Hoa still counted there);
        // B 2 (Hạnh, Thu) / 3 = 66.7%; D 3 / 5 = 60% exactly (meets); C 3 (Yến, Hoa, Pha) / 4 = 75% (50% without Hoa
        // or without Pha).
        Coverage(a["2.5b"], 0, 1);
        Coverage(b["2.5b"], 1, 1);
        Coverage(d["2.5b"], 1, 1);
        Coverage(c["2.5b"], 1, 1);
        Coverage(nhaTrang["2.5b"], 2, NhaTrangBases);
        Coverage(camRanh["2.5b"], 1, CamRanhBases);
        Coverage(province["2.5b"], 3, ProvinceBases);

        // 2.6a cadres proficient / cadres in post on 31/12: province 1/2, Nha Trang's own 1/1, A 2/2 (A3 left 30/06),
        // C 0/1. Nha Trang 3/3, Cam Ranh 0/1, province (1 + 3 + 0) / (2 + 3 + 1) = 4/6.
        Ratio(a["2.6a"], 2, 2);
        Ratio(c["2.6a"], 0, 1);
        Ratio(nhaTrang["2.6a"], 3, 3);
        Ratio(camRanh["2.6a"], 0, 1);
        Ratio(province["2.6a"], 4, 6);

        // 2.6b branch heads trained by 31/12: A 1/3 (one trained only in 2026), B 1/1, C 2/2. Nha Trang 2/4, Cam
        // Ranh 2/2, province 4/6.
        Ratio(a["2.6b"], 1, 3);
        Ratio(b["2.6b"], 1, 1);
        Ratio(c["2.6b"], 2, 2);
        Ratio(nhaTrang["2.6b"], 2, 4);
        Ratio(camRanh["2.6b"], 2, 2);
        Ratio(province["2.6b"], 4, 6);

        // 2.8.1a "1+1" running on 31/12: A only (B's stopped 01/05).
        Coverage(a["2.8.1a"], 1, 1);
        Coverage(b["2.8.1a"], 0, 1);
        Coverage(nhaTrang["2.8.1a"], 1, NhaTrangBases);
        Coverage(camRanh["2.8.1a"], 0, CamRanhBases);
        Coverage(province["2.8.1a"], 1, ProvinceBases);

        // 2.8.1b "3 có, 3 biết": C only (B's starts 2026).
        Coverage(b["2.8.1b"], 0, 1);
        Coverage(c["2.8.1b"], 1, 1);
        Coverage(nhaTrang["2.8.1b"], 0, NhaTrangBases);
        Coverage(camRanh["2.8.1b"], 1, CamRanhBases);
        Coverage(province["2.8.1b"], 1, ProvinceBases);

        // 2.8.1c special-group models: A ethnic minority, B religious, D young women, C migrant workers.
        Coverage(a["2.8.1c"], 1, 1);
        Coverage(b["2.8.1c"], 1, 1);
        Coverage(c["2.8.1c"], 1, 1);
        Coverage(d["2.8.1c"], 1, 1);
        Coverage(nhaTrang["2.8.1c"], 3, NhaTrangBases);
        Coverage(camRanh["2.8.1c"], 1, CamRanhBases);
        Coverage(province["2.8.1c"], 4, ProvinceBases);

        // 2.8.1d joint activities in 2025: A 1, C 2; B's was in 2024.
        Coverage(a["2.8.1d"], 1, 1);
        Coverage(c["2.8.1d"], 1, 1);
        Coverage(b["2.8.1d"], 0, 1);
        Coverage(nhaTrang["2.8.1d"], 1, NhaTrangBases);
        Coverage(camRanh["2.8.1d"], 1, CamRanhBases);
        Coverage(province["2.8.1d"], 2, ProvinceBases);

        // 2.8.2a province materials of 2025 digitised and posted: 2 of 4 (the 2024 one not counted; district and
        // commune materials are not the province's).
        Ratio(province["2.8.2a"], 2, 4);

        // 2.8.2b district materials: Nha Trang 3/3, Cam Ranh 1/2, at the province (3 + 1) / (3 + 2); A's own
        // material does not count (the target is for districts): nothing to count at A.
        Ratio(nhaTrang["2.8.2b"], 3, 3);
        Ratio(camRanh["2.8.2b"], 1, 2);
        Ratio(province["2.8.2b"], 4, 5);
        Ratio(a["2.8.2b"], 0, 0, expectedActual: 0);

        // 2.8.2c website cases of 2025 handled by 31/12: 1 of 3 (one handled only in 2026, one open, one of 2024).
        Ratio(province["2.8.2c"], 1, 3);

        // 2.8.2d networked computers on 31/12: A 2, C 1 (installed 01/11); B's retired 01/10.
        Coverage(a["2.8.2d"], 1, 1);
        Coverage(b["2.8.2d"], 0, 1);
        Coverage(nhaTrang["2.8.2d"], 1, NhaTrangBases);
        Coverage(camRanh["2.8.2d"], 1, CamRanhBases);
        Coverage(province["2.8.2d"], 2, ProvinceBases);

        // 2.8.3e digital trainings in 2025: A and D; B's was in 2024.
        Coverage(a["2.8.3e"], 1, 1);
        Coverage(b["2.8.3e"], 0, 1);
        Coverage(d["2.8.3e"], 1, 1);
        Coverage(nhaTrang["2.8.3e"], 2, NhaTrangBases);
        Coverage(camRanh["2.8.3e"], 0, CamRanhBases);
        Coverage(province["2.8.3e"], 2, ProvinceBases);

        // 2.8.3f digital / all communication activities of 2025: province 2/2, Nha Trang own 0/1, A 2/3 (its 2024 one
        // excluded), C 1/2. Nha Trang (0 + 2) / (1 + 3), Cam Ranh 1/2, province (2 + 2 + 1) / (2 + 4 + 2).
        Ratio(a["2.8.3f"], 2, 3);
        Ratio(c["2.8.3f"], 1, 2);
        Ratio(nhaTrang["2.8.3f"], 2, 4);
        Ratio(camRanh["2.8.3f"], 1, 2);
        Ratio(province["2.8.3f"], 5, 8);

        // A district's children are its base unions, each with its own figures.
        var children = nhaTrang["2.1"]["children"]!.AsArray();
        Assert.Equal(NhaTrangBases, children.Count);
        Assert.Equal(1, children.Single(ch => ch!["unit"]!["code"]!.GetValue<string>() == A)!["unitsMeeting"].Number());
    }

    private static async Task RegisterMembersAsync(GraphQLClient writer)
    {
        await writer.CreateMemberAsync(A, "Nguyễn Thị Lan", 1985, "2025-03-01");
        var hoa = await writer.CreateMemberAsync(A, "Trần Thị Hoa", 1990, "2025-05-10");
        await writer.CreateMemberAsync(A, "Lê Thị Mai", 1970, "2019-01-01");
        await writer.CreateMemberAsync(A, "Phạm Thị Cúc", 1995, "2026-01-05");
        await writer.CreateMemberAsync(B, "Võ Thị Hạnh", 1988, "2025-02-01");
        await writer.CreateMemberAsync(B, "Đặng Thị Thu", 1975, "2024-12-01");
        var ngoc = await writer.CreateMemberAsync(B, "Bùi Thị Ngọc", 1999, "2025-01-15");
        await writer.CreateMemberAsync(D, "Huỳnh Thị Xuân", 1981, "2025-04-01");
        await writer.CreateMemberAsync(D, "Ngô Thị Hằng", 1983, "2025-04-01");
        await writer.CreateMemberAsync(D, "Dương Thị Nga", 1992, "2025-04-01", "Ê Đê");
        await writer.CreateMemberAsync(C, "Hồ Thị Yến", 1980, "2025-04-01");
        await writer.CreateAsync("Member", new { unitCode = C, fullName = "Lò Thị Pha", birthYear = 1987, ethnicity = "Thái", joinedOn = "2025-02-01", movedInOn = "2025-06-01" });

        await writer.MoveMemberAsync(hoa, C, "2025-09-01");
        await writer.EndMembershipAsync(ngoc, "LEFT", "2025-08-01");

        await writer.ReportWomenAsync(A, 4);
        await writer.ReportWomenAsync(B, 3);
        await writer.ReportWomenAsync(D, 5);
        await writer.ReportWomenAsync(C, 4);
    }

    private static async Task RecordActivitiesAndModelsAsync(GraphQLClient writer)
    {
        await writer.CreateAsync("ActivityType", new { unitCode = A, kind = "CLUB", name = "CLB Phụ nữ với pháp luật", startedOn = "2024-01-01" });
        await writer.CreateAsync("ActivityType", new { unitCode = A, kind = "FOLK_DANCE", name = "Đội dân vũ", startedOn = "2025-02-01" });
        await writer.CreateAsync("ActivityType", new { unitCode = B, kind = "CLUB", name = "CLB Gia đình hạnh phúc", startedOn = "2023-05-01" });
        await writer.CreateAsync("ActivityType", new { unitCode = B, kind = "CLUB", name = "CLB Nữ doanh nhân", startedOn = "2024-03-01" });
        await writer.CreateAsync("ActivityType", new { unitCode = B, kind = "SPORT", name = "Đội bóng chuyền", startedOn = "2024-01-01", endedOn = "2025-06-01" });
        await writer.CreateAsync("ActivityType", new { unitCode = C, kind = "CULTURE", name = "Đội văn nghệ", startedOn = "2024-06-01" });
        await writer.CreateAsync("ActivityType", new { unitCode = C, kind = "SPORT", name = "CLB Dưỡng sinh", startedOn = "2025-03-01" });
        await writer.CreateAsync("ActivityType", new { unitCode = C, kind = "CLUB", name = "CLB Phụ nữ khởi nghiệp", startedOn = "2025-12-31" });
        await writer.CreateAsync("ActivityType", new { unitCode = D, kind = "CLUB", name = "CLB Phụ nữ với pháp luật", startedOn = "2024-01-01" });
        await writer.CreateAsync("ActivityType", new { unitCode = D, kind = "FOLK_DANCE", name = "Đội dân vũ", startedOn = "2026-02-01" });

        await writer.CreateAsync("Model", new { unitCode = A, kind = "ONE_PLUS_ONE", name = "Mô hình 1+1", startedOn = "2024-01-01" });
        await writer.CreateAsync("Model", new { unitCode = A, kind = "ETHNIC_MINORITY", name = "Tổ phụ nữ dân tộc thiểu số", startedOn = "2025-03-01", participants = 15 });
        await writer.CreateAsync("Model", new { unitCode = B, kind = "ONE_PLUS_ONE", name = "Mô hình 1+1", startedOn = "2023-01-01", endedOn = "2025-05-01" });
        await writer.CreateAsync("Model", new { unitCode = B, kind = "THREE_HAVE_THREE_KNOW", name = "Mô hình 3 có, 3 biết", startedOn = "2026-01-10" });
        await writer.CreateAsync("Model", new { unitCode = B, kind = "RELIGIOUS", name = "CLB Phụ nữ Công giáo", startedOn = "2025-01-01" });
        await writer.CreateAsync("Model", new { unitCode = C, kind = "THREE_HAVE_THREE_KNOW", name = "Mô hình 3 có, 3 biết", startedOn = "2025-06-01" });
        await writer.CreateAsync("Model", new { unitCode = C, kind = "MIGRANT_WORKERS", name = "Nhà trọ an toàn", startedOn = "2024-01-01" });
        await writer.CreateAsync("Model", new { unitCode = D, kind = "YOUNG_WOMEN", name = "CLB Phụ nữ trẻ", startedOn = "2025-08-01" });

        await writer.CreateAsync("JointActivity", new { unitCode = A, title = "Tuyên truyền pháp luật", partners = "Công an phường", heldOn = "2025-06-01", participants = 80 });
        await writer.CreateAsync("JointActivity", new { unitCode = B, title = "Khám sức khỏe", partners = "Trạm y tế", heldOn = "2024-12-20", participants = 50 });
        await writer.CreateAsync("JointActivity", new { unitCode = C, title = "Phòng chống bạo lực gia đình", partners = "Đoàn thanh niên", heldOn = "2025-03-08", participants = 60 });
        await writer.CreateAsync("JointActivity", new { unitCode = C, title = "An toàn giao thông", partners = "Công an phường", heldOn = "2025-10-20", participants = 40 });
    }

    private static async Task RecordPeopleAsync(GraphQLClient writer)
    {
        await writer.CreateAsync("Cadre", new { unitCode = "56", fullName = "Cán bộ tỉnh 1", proficientInSoftware = true, startedOn = "2018-01-01" });
        await writer.CreateAsync("Cadre", new { unitCode = "56", fullName = "Cán bộ tỉnh 2", proficientInSoftware = false, startedOn = "2020-01-01" });
        await writer.CreateAsync("Cadre", new { unitCode = "568", fullName = "Cán bộ Nha Trang", proficientInSoftware = true, startedOn = "2021-01-01" });
        await writer.CreateAsync("Cadre", new { unitCode = A, fullName = "Chủ tịch Vĩnh Hòa", position = "Chủ tịch", proficientInSoftware = true, startedOn = "2020-01-01" });
        await writer.CreateAsync("Cadre", new { unitCode = A, fullName = "Phó Chủ tịch Vĩnh Hòa", proficientInSoftware = true, startedOn = "2025-07-01" });
        await writer.CreateAsync("Cadre", new { unitCode = A, fullName = "Cán bộ cũ", proficientInSoftware = false, startedOn = "2019-01-01", endedOn = "2025-06-30" });
        await writer.CreateAsync("Cadre", new { unitCode = C, fullName = "Chủ tịch Cam Nghĩa", proficientInSoftware = false, startedOn = "2022-01-01" });

        await writer.CreateAsync("BranchHead", new { unitCode = A, fullName = "Chi hội trưởng 1", branch = "Chi hội 1", startedOn = "2023-01-01", trainedOn = "2025-04-01" });
        await writer.CreateAsync("BranchHead", new { unitCode = A, fullName = "Chi hội trưởng 2", branch = "Chi hội 2", startedOn = "2023-01-01", trainedOn = "2026-03-01" });
        await writer.CreateAsync("BranchHead", new { unitCode = A, fullName = "Chi hội trưởng 3", branch = "Chi hội 3", startedOn = "2024-01-01" });
        await writer.CreateAsync("BranchHead", new { unitCode = B, fullName = "Chi hội trưởng 4", branch = "Chi hội Đông Bắc", startedOn = "2022-01-01", trainedOn = "2024-10-01" });
        await writer.CreateAsync("BranchHead", new { unitCode = C, fullName = "Chi hội trưởng 5", branch = "Chi hội 1", startedOn = "2022-01-01", trainedOn = "2025-02-01" });
        await writer.CreateAsync("BranchHead", new { unitCode = C, fullName = "Chi hội trưởng 6", branch = "Chi hội 2", startedOn = "2022-01-01", trainedOn = "2025-05-01" });
    }

    private static async Task RecordCommunicationAndItAsync(GraphQLClient writer)
    {
        await writer.CreateAsync("CommunicationMaterial", new { unitCode = "56", title = "Tờ gấp 1", issuedOn = "2025-02-01", digitised = true, postedOnline = true });
        await writer.CreateAsync("CommunicationMaterial", new { unitCode = "56", title = "Tờ gấp 2", issuedOn = "2025-04-01", digitised = true, postedOnline = true });
        await writer.CreateAsync("CommunicationMaterial", new { unitCode = "56", title = "Sổ tay", issuedOn = "2025-05-01", digitised = true, postedOnline = false });
        await writer.CreateAsync("CommunicationMaterial", new { unitCode = "56", title = "Áp phích", issuedOn = "2025-06-01", digitised = false, postedOnline = true });
        await writer.CreateAsync("CommunicationMaterial", new { unitCode = "56", title = "Tài liệu 2024", issuedOn = "2024-12-01", digitised = true, postedOnline = true });
        for (var i = 1; i <= 3; i++)
        {
            await writer.CreateAsync("CommunicationMaterial", new { unitCode = "568", title = $"Tài liệu Nha Trang {i}", issuedOn = "2025-03-01", digitised = true, postedOnline = true });
        }

        await writer.CreateAsync("CommunicationMaterial", new { unitCode = "569", title = "Tài liệu Cam Ranh 1", issuedOn = "2025-03-01", digitised = true, postedOnline = true });
        await writer.CreateAsync("CommunicationMaterial", new { unitCode = "569", title = "Tài liệu Cam Ranh 2", issuedOn = "2025-03-01", digitised = false, postedOnline = false });
        await writer.CreateAsync("CommunicationMaterial", new { unitCode = A, title = "Tài liệu Vĩnh Hòa", issuedOn = "2025-03-01", digitised = false, postedOnline = false });

        await writer.CreateAsync("WebsiteCase", new { unitCode = "56", summary = "Tư vấn ly hôn", reportedOn = "2025-03-01", handledOn = "2025-03-05", outcome = "Đã tư vấn" });
        await writer.CreateAsync("WebsiteCase", new { unitCode = "56", summary = "Bạo lực gia đình", reportedOn = "2025-12-20", handledOn = "2026-01-10" });
        await writer.CreateAsync("WebsiteCase", new { unitCode = "56", summary = "Tranh chấp đất", reportedOn = "2025-07-01" });
        await writer.CreateAsync("WebsiteCase", new { unitCode = "56", summary = "Vụ việc 2024", reportedOn = "2024-11-01", handledOn = "2024-11-10" });
        await writer.CreateAsync("WebsiteCase", new { unitCode = "568", summary = "Vụ việc Nha Trang", reportedOn = "2025-05-01" });

        await writer.CreateAsync("NetworkedComputer", new { unitCode = A, quantity = 2, installedOn = "2023-01-01" });
        await writer.CreateAsync("NetworkedComputer", new { unitCode = B, quantity = 1, installedOn = "2022-01-01", retiredOn = "2025-10-01" });
        await writer.CreateAsync("NetworkedComputer", new { unitCode = C, quantity = 1, description = "Máy tính để bàn", installedOn = "2025-11-01" });

        await writer.CreateAsync("DigitalTraining", new { unitCode = A, title = "Kỹ năng số cho phụ nữ", heldOn = "2025-05-01", participants = 30, ethnicMinorityParticipants = 5 });
        await writer.CreateAsync("DigitalTraining", new { unitCode = D, title = "Thanh toán không tiền mặt", heldOn = "2025-09-10", participants = 20, ethnicMinorityParticipants = 0 });
        await writer.CreateAsync("DigitalTraining", new { unitCode = B, title = "Tập huấn 2024", heldOn = "2024-12-01", participants = 25, ethnicMinorityParticipants = 0 });

        await writer.CreateAsync("CommunicationActivity", new { unitCode = "56", title = "Livestream 8/3", heldOn = "2025-03-08", onDigitalPlatform = true });
        await writer.CreateAsync("CommunicationActivity", new { unitCode = "56", title = "Tọa đàm trực tuyến", heldOn = "2025-10-20", onDigitalPlatform = true });
        await writer.CreateAsync("CommunicationActivity", new { unitCode = "568", title = "Hội thi", heldOn = "2025-10-15", onDigitalPlatform = false, participants = 200 });
        await writer.CreateAsync("CommunicationActivity", new { unitCode = A, title = "Bản tin Zalo 1", heldOn = "2025-02-01", onDigitalPlatform = true });
        await writer.CreateAsync("CommunicationActivity", new { unitCode = A, title = "Bản tin Zalo 2", heldOn = "2025-06-01", onDigitalPlatform = true });
        await writer.CreateAsync("CommunicationActivity", new { unitCode = A, title = "Sinh hoạt chi hội", heldOn = "2025-07-01", onDigitalPlatform = false });
        await writer.CreateAsync("CommunicationActivity", new { unitCode = A, title = "Bản tin 2024", heldOn = "2024-12-15", onDigitalPlatform = true });
        await writer.CreateAsync("CommunicationActivity", new { unitCode = C, title = "Fanpage", heldOn = "2025-04-01", onDigitalPlatform = true });
        await writer.CreateAsync("CommunicationActivity", new { unitCode = C, title = "Nói chuyện chuyên đề", heldOn = "2025-04-15", onDigitalPlatform = false });
    }

    private static void Coverage(JsonNode progress, int meeting, int counted)
    {
        Assert.Equal(meeting, progress["unitsMeeting"].Number());
        Assert.Equal(counted, progress["unitsCounted"].Number());
        Assert.Equal(Math.Round(100.0 * meeting / counted, 4), progress["actual"].Number());
    }

    private static void Ratio(JsonNode progress, double numerator, double denominator, double? expectedActual = null)
    {
        Assert.Equal(numerator, progress["numerator"].Number());
        Assert.Equal(denominator, progress["denominator"].Number());
        Assert.Equal(expectedActual ?? Math.Round(100 * numerator / denominator, 4), progress["actual"].Number());
    }

    private static void Sum(JsonNode progress, double count)
    {
        Assert.Equal(count, progress["numerator"].Number());
        Assert.Equal(count, progress["actual"].Number());
    }

    public void Dispose() => _factory.Dispose();
}
