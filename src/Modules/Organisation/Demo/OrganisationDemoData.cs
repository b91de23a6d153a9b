using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Modular.Shared.Reporting;
using Modular.Shared.Units;

namespace Modular.Modules.Organisation.Demo;

/// <summary>
/// Writes a year of plausible records. At each base union: its member register (members who joined in earlier years,
/// new members over the year, a few leaving), its activity types, models, full-time cadres, branch heads, joint
/// activities, communication materials and activities, computers and digital-transformation trainings. At each
/// district and at the province: their own cadres, materials and communication activities; at the province the cases
/// women report through its website. Each record is built from the input a GraphQL write takes and passes the same
/// validator and the same unit checks, read once.
/// </summary>
internal sealed class OrganisationDemoData(
    IDbContextFactory<OrganisationDbContext> factory,
    UnitDirectory directory,
    TimeProvider clock,
    IValidator<CreateMemberInput> memberValidator,
    ReportedValueCommands reportedValues,
    PeriodLocks locks,
    RecordService<OrganisationDbContext> service) : IDemoDataGenerator
{

    // Shares of RecordsPerBaseUnion by kind at a base union (at 60 and an average-sized unit: 3 activity types,
    // 3.6 models, 1.8 cadres, 9 branch heads, 4.8 joint activities, 7.2 materials, 27 communication activities,
    // 2.4 digital trainings, plus its computers: about 60).
    private const double ActivityTypeShare = 0.05;
    private const double ModelShare = 0.06;
    private const double CadreShare = 0.03;
    private const double BranchHeadShare = 0.15;
    private const double JointActivityShare = 0.08;
    private const double MaterialShare = 0.12;
    private const double CommunicationShare = 0.45;
    private const double DigitalTrainingShare = 0.04;

    // A district's and the province's own records, as shares of RecordsPerBaseUnion (at 60: a district has 3.6 cadres,
    // 30 materials, 18 communication activities; the province 9 cadres, 60 materials, 30 activities, 24 website cases).
    private const double DistrictCadreShare = 0.06;
    private const double DistrictMaterialShare = 0.5;
    private const double DistrictCommunicationShare = 0.3;
    private const double ProvinceCadreShare = 0.15;
    private const double ProvinceMaterialShare = 1.0;
    private const double ProvinceCommunicationShare = 0.5;
    private const double WebsiteCaseShare = 0.4;

    /// <summary>Members on the register before the year who leave, move out of the province or die during it.</summary>
    private const double EndShare = 0.015;

    /// <summary>Base unions that have not yet recorded a kind the coverage targets count (so coverage is high but not full).</summary>
    private const double NotYetShare = 0.1;


    // Repeated entries weigh the draw: most members are Kinh with no religion; Raglai women live in the mountain districts.
    private static readonly string[] Ethnicities = [.. Enumerable.Repeat("Kinh", 46), "Raglai", "Raglai", "Ê Đê", "Cơ Ho"];
    private static readonly string?[] Religions = [.. Enumerable.Repeat<string?>(null, 15), "Phật giáo", "Phật giáo", "Phật giáo", "Công giáo", "Cao Đài"];
    private static readonly MemberStatus[] Endings = [MemberStatus.Left, MemberStatus.Left, MemberStatus.Left, MemberStatus.Moved, MemberStatus.Moved, MemberStatus.Deceased];

    private static readonly Dictionary<ActivityKind, string> ActivityNames = new()
    {
        [ActivityKind.Club] = "Câu lạc bộ Gia đình hạnh phúc",
        [ActivityKind.InterestGroup] = "Tổ phụ nữ trồng rau an toàn",
        [ActivityKind.Culture] = "Đội văn nghệ phụ nữ",
        [ActivityKind.Sport] = "Câu lạc bộ dưỡng sinh",
        [ActivityKind.FolkDance] = "Đội dân vũ phụ nữ",
        [ActivityKind.Savings] = "Tổ phụ nữ tiết kiệm, tương trợ",
        [ActivityKind.Other] = "Nhóm phụ nữ tình nguyện",
    };

    // "1+1" and "3 có, 3 biết" models are the commonest; special-group models share the rest.
    private static readonly UnionModelKind[] ModelKinds =
    [
        UnionModelKind.OnePlusOne, UnionModelKind.OnePlusOne, UnionModelKind.OnePlusOne,
        UnionModelKind.ThreeHaveThreeKnow, UnionModelKind.ThreeHaveThreeKnow, UnionModelKind.ThreeHaveThreeKnow,
        UnionModelKind.EthnicMinority, UnionModelKind.Religious, UnionModelKind.YoungWomen, UnionModelKind.MigrantWorkers,
    ];

    private static readonly Dictionary<UnionModelKind, string> ModelNames = new()
    {
        [UnionModelKind.OnePlusOne] = "Mô hình \"1+1\" hội viên khá giúp hội viên khó khăn",
        [UnionModelKind.ThreeHaveThreeKnow] = "Mô hình \"3 có, 3 biết\"",
        [UnionModelKind.EthnicMinority] = "Tổ phụ nữ dân tộc thiểu số đoàn kết",
        [UnionModelKind.Religious] = "Câu lạc bộ phụ nữ tôn giáo sống tốt đời, đẹp đạo",
        [UnionModelKind.YoungWomen] = "Câu lạc bộ phụ nữ trẻ khởi nghiệp",
        [UnionModelKind.MigrantWorkers] = "Nhóm nữ công nhân nhà trọ",
    };

    private static readonly string[] BasePositions = ["Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch"];
    private static readonly string[] UpperPositions = ["Chủ tịch", "Phó Chủ tịch", "Trưởng ban", "Phó Trưởng ban", "Chuyên viên"];

    private static readonly string[] JointTitles =
    [
        "Tuyên truyền phòng, chống bạo lực gia đình", "Hội thi Phụ nữ với pháp luật", "Ra quân vệ sinh môi trường, xây dựng nông thôn mới",
        "Tập huấn chăm sóc sức khỏe sinh sản", "Tuyên truyền an toàn giao thông", "Khám sức khỏe miễn phí cho phụ nữ",
        "Tuyên truyền phòng, chống ma túy", "Ngày hội Gia đình hạnh phúc",
    ];

    private static readonly string[] Partners = ["Công an", "Trạm Y tế", "Đoàn Thanh niên", "Hội Nông dân", "Ủy ban Mặt trận Tổ quốc", "Hội Cựu chiến binh", "Trường Tiểu học"];

    private static readonly string[] MaterialTitles =
    [
        "Tờ rơi phòng, chống bạo lực gia đình", "Sổ tay chi hội trưởng", "Tài liệu tuyên truyền phòng, chống mua bán người",
        "Infographic phòng, chống lừa đảo qua mạng", "Tài liệu hỏi đáp về Luật Bình đẳng giới", "Bản tin Phụ nữ", "Video hướng dẫn sử dụng VNeID",
        "Tài liệu sinh hoạt chi hội chuyên đề dinh dưỡng cho trẻ",
    ];

    private static readonly string[] DigitalActivityTitles =
    [
        "Đăng tin hoạt động trên trang Facebook của Hội", "Livestream sinh hoạt chuyên đề", "Tuyên truyền qua nhóm Zalo chi hội",
        "Video ngắn về gương phụ nữ tiêu biểu", "Cuộc thi trực tuyến tìm hiểu về Hội LHPN Việt Nam",
    ];

    private static readonly string[] OfflineActivityTitles =
    [
        "Sinh hoạt chi hội chuyên đề", "Tuyên truyền trên loa truyền thanh", "Nói chuyện chuyên đề tại nhà văn hóa", "Treo băng rôn, khẩu hiệu",
    ];

    private static readonly (string Summary, string Outcome)[] WebsiteCases =
    [
        ("Phản ánh bị chồng bạo hành, đề nghị được tư vấn pháp lý", "Đã tư vấn pháp lý và phối hợp Hội cơ sở, Công an xã hỗ trợ"),
        ("Hỏi thủ tục ly hôn và quyền nuôi con", "Đã tư vấn qua điện thoại, hướng dẫn thủ tục tại Tòa án"),
        ("Phản ánh bị lừa đảo qua mạng xã hội", "Đã hướng dẫn trình báo cơ quan công an"),
        ("Đề nghị hỗ trợ vay vốn khởi nghiệp", "Đã giới thiệu nguồn vốn Ngân hàng Chính sách xã hội qua Hội cơ sở"),
        ("Hỏi về chế độ thai sản của lao động tự do", "Đã tư vấn về bảo hiểm xã hội tự nguyện"),
    ];

    private static readonly string[] DigitalTrainingTitles =
    [
        "Tập huấn kỹ năng sử dụng điện thoại thông minh", "Hướng dẫn cài đặt, sử dụng ứng dụng VNeID", "Hướng dẫn bán hàng trên sàn thương mại điện tử",
        "Tập huấn nhận diện lừa đảo trên không gian mạng", "Hướng dẫn thanh toán không dùng tiền mặt",
    ];

    public string ModuleKey => OrganisationModule.ModuleKey;

    public async Task<long> GenerateAsync(DemoDataRequest request, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        var today = clock.Today();
        var sizes = Sizes(request);
        var register = new List<Member>();
        long members = 0;
        var batch = new RecordBatch<OrganisationDbContext>(service, new RecordImport(request.Label, SkipRefused: true));
        var womenAged18Plus = new List<ReportValueInput>();
        foreach (var unitRef in request.Units.DistinctBy(u => u.Id))
        {
            if (tree.Find(unitRef.Id) is not { } unit)
            {
                continue;
            }

            // The checks UnitAccess makes for a GraphQL write, from the tree and switches read once: the unit in force
            // and the module on for it on the day (the caller is the province's system account).
            // Members are written beside the record service, so they keep out of approved periods here, as the register does.
            var locked = await locks.LocksOfAsync(unit.Id, ModuleKey, cancellationToken);
            var place = new Place(unitRef, today, day => unit.IsInForceOn(day) && switches.IsOn(tree, unit, ModuleKey, day), day => locked.Any(l => l.Contains(day)));
            switch (unitRef.LevelKey)
            {
                case "base":
                    AddBaseUnionRecords(register, batch, request, place, sizes[unitRef.Id]);
                    break;
                case "district":
                    AddLevelRecords(batch, request, unitRef, DistrictCadreShare, 0.92, DistrictMaterialShare, (0.6, 0.9), DistrictCommunicationShare, (0.65, 0.9));
                    break;
                case "province":
                    AddLevelRecords(batch, request, unitRef, ProvinceCadreShare, 0.95, ProvinceMaterialShare, (0.65, 0.85), ProvinceCommunicationShare, (0.75, 0.95));
                    WebsiteCaseRecords(batch, request, unitRef);
                    break;
            }

            await batch.FlushIfFullAsync(cancellationToken);
            if (register.Count >= RecordService<OrganisationDbContext>.BatchSize)
            {
                members += await SaveMembersAsync(register, request.Label, cancellationToken);
            }

            var yearStart = new DateOnly(request.Year, 1, 1);
            if (unitRef.LevelKey == "base" && place.CanWrite(yearStart))
            {
                // Target 2.5b compares members with the women aged 18+ living in the area, a figure the base union
                // reports: most gather 55–75% of them, so the 60% line is met by most, not all.
                var expected = sizes[unitRef.Id] * (request.MembersPerBaseUnion + request.NewMembersPerBaseUnion);
                var women = Math.Round(expected / (0.55 + (0.2 * request.RandomFor(unitRef.Id, "women-18plus").NextDouble())));
                womenAged18Plus.Add(new ReportValueInput("organisation.women-18plus", unitRef.Code, yearStart, new DateOnly(request.Year, 12, 31), women));
            }
        }

        var written = members + await SaveMembersAsync(register, request.Label, cancellationToken) + await batch.FlushAsync(cancellationToken);
        await reportedValues.ImportReportedValuesAsync(womenAged18Plus, new RecordImport(request.Label, SkipRefused: true), cancellationToken);
        return written;
    }

    /// <summary>
    /// Each base union's size relative to the average: wards and communes differ (0.6 to 1.4 times), scaled so the
    /// sizes average 1 and the province's register holds MembersPerBaseUnion x its base unions (about 265,700 at 2013 and 132 base unions).
    /// </summary>
    private static Dictionary<int, double> Sizes(DemoDataRequest request)
    {
        var sizes = request.Units.Where(u => u.LevelKey == "base").DistinctBy(u => u.Id)
            .ToDictionary(u => u.Id, u => 0.6 + (0.8 * request.RandomFor(u.Id, "size").NextDouble()));
        var average = sizes.Count == 0 ? 1 : sizes.Values.Average();
        return sizes.ToDictionary(s => s.Key, s => s.Value / average);
    }

    private void AddBaseUnionRecords(List<Member> members, RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, Place place, double size)
    {
        var records = request.RecordsPerBaseUnion * size;
        var unit = place.Unit;
        var branches = Math.Max(1, request.RandomFor(unit.Id, "branches").Count(records * BranchHeadShare));
        members.AddRange(Members(request, place, size, branches));
        ActivityTypes(batch, request, unit, records * ActivityTypeShare);
        Models(batch, request, unit, records * ModelShare, branches);
        Cadres(batch, request, unit, records * CadreShare, BasePositions, 0.85);
        BranchHeads(batch, request, unit, branches);
        JointActivities(batch, request, unit, records * JointActivityShare);
        Materials(batch, request, unit, records * MaterialShare, (0.5, 0.9));
        CommunicationActivities(batch, request, unit, records * CommunicationShare, (0.55, 0.9));
        Computers(batch, request, unit);
        DigitalTrainings(batch, request, unit, records * DigitalTrainingShare);
    }

    private static void AddLevelRecords(
        RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, double cadreShare, double proficient, double materialShare, (double, double) digitised, double communicationShare, (double, double) online)
    {
        var size = request.RecordsPerBaseUnion;
        Cadres(batch, request, unit, size * cadreShare, UpperPositions, proficient);
        Materials(batch, request, unit, size * materialShare, digitised);
        CommunicationActivities(batch, request, unit, size * communicationShare, online);
    }

    /// <summary>
    /// The register: members who joined in earlier years, then those who join during the year. The same folded name
    /// and birth year is on a unit's register once (drawn again on a clash), as the register's own check requires.
    /// </summary>
    private IEnumerable<Member> Members(DemoDataRequest request, Place place, double size, int branches)
    {
        var random = request.RandomFor(place.Unit.Id, "member");
        var year = request.Year;
        var taken = new HashSet<(string FoldedName, int BirthYear)>();
        if (!place.CanWrite(place.Today))
        {
            yield break; // the register is kept today: a unit closed or switched off takes no members
        }

        for (var i = random.Count(request.MembersPerBaseUnion * size); i > 0; i--)
        {
            // Aged 19 to 80 in the year, joined at 18 or later (and not before 1980), before the year.
            var birthYear = random.Next(year - 80, year - 18);
            var joined = random.DayBetween(new DateOnly(Math.Max(birthYear + 18, 1980), 1, 1), new DateOnly(year - 1, 12, 31));
            if (Member(place, random, taken, birthYear, joined, branches) is not { } member)
            {
                continue;
            }

            if (random.NextDouble() < EndShare)
            {
                End(place, random, member, year);
            }

            yield return member;
        }

        for (var i = random.Count(request.NewMembersPerBaseUnion * size); i > 0; i--)
        {
            // New members are mostly young women, aged 18 to 60 when they join.
            var birthYear = random.Next(year - 60, year - 17);
            if (Member(place, random, taken, birthYear, random.DayIn(year), branches) is { } member)
            {
                yield return member;
            }
        }
    }

    private Member? Member(Place place, Random random, HashSet<(string, int)> taken, int birthYear, DateOnly joined, int branches)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var input = new CreateMemberInput(
                place.Unit.Code, random.PersonName(), birthYear, random.Pick(Ethnicities), random.Pick(Religions), $"Chi hội {Village(random, place.Unit, branches)}", joined);
            if (!memberValidator.Validate(input).IsValid)
            {
                return null;
            }

            if (place.Locked(joined))
            {
                return null; // joined inside an approved period: the register refuses it
            }

            var member = new Member { UnitId = place.Unit.Id, FullName = "", FoldedName = "", Ethnicity = "", JoinedUnitId = place.Unit.Id, Status = MemberStatus.Active };
            MemberRegister.Apply(member, input);
            if (taken.Add((member.FoldedName, member.BirthYear)))
            {
                member.History.Add(new MembershipPeriod { UnitId = place.Unit.Id, From = joined, StartReason = MembershipReason.Joined });
                return member;
            }
        }

        return null; // a rare clash ten times over: the register is one member shorter
    }

    /// <summary>Takes a member off the register on a day of the year, as <see cref="MemberRegister.EndAsync"/> does, where that write would be allowed.</summary>
    private static void End(Place place, Random random, Member member, int year)
    {
        var period = member.History.Single();
        var day = random.DayBetween(new DateOnly(year, 1, 2), new DateOnly(year, 12, 31));
        if (day <= period.From || day > place.Today || !place.CanWrite(day.AddDays(-1)))
        {
            return;
        }

        var status = random.Pick(Endings);
        period.To = day;
        period.EndReason = MemberRegister.Describe(status).Reason;
        member.Status = status;
        member.EndedOn = day;
    }

    private static void ActivityTypes(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, double expected)
    {
        var random = request.RandomFor(unit.Id, "activity-type");
        // Distinct kinds: the target counts kinds, and a unit keeps one of each.
        var kinds = Enum.GetValues<ActivityKind>().OrderBy(_ => random.Next()).Take(random.Count(expected));
        foreach (var kind in kinds)
        {
            var (started, ended) = Stay(random, request.Year, earlierShare: 0.6, endShare: 0.1);
            batch.Add<ActivityType, ActivityTypeInput>(new ActivityTypeInput(unit.Code, kind, ActivityNames[kind], started, ended));
        }
    }

    private static void Models(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, double expected, int branches)
    {
        var random = request.RandomFor(unit.Id, "model");
        for (var i = random.Count(expected); i > 0; i--)
        {
            var kind = random.Pick(ModelKinds);
            var (started, ended) = Stay(random, request.Year, earlierShare: 0.7, endShare: 0.05);
            var input = new UnionModelInput(unit.Code, kind, $"{ModelNames[kind]} {Village(random, unit, branches)}", started, ended, random.Next(8, 41));
            batch.Add<UnionModel, UnionModelInput>(input);
        }
    }

    private static void Cadres(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, double expected, string[] positions, double proficientShare)
    {
        var random = request.RandomFor(unit.Id, "cadre");
        for (var i = random.Count(expected); i > 0; i--)
        {
            var (started, ended) = Stay(random, request.Year, earlierShare: 0.85, endShare: 0.05);
            var input = new CadreInput(unit.Code, random.PersonName(), random.Pick(positions), random.NextDouble() < proficientShare, started, ended);
            batch.Add<Cadre, CadreInput>(input);
        }
    }

    /// <summary>One head per branch, each branch named after its village or residential group (numbered, so unique in the unit).</summary>
    private static void BranchHeads(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, int branches)
    {
        var random = request.RandomFor(unit.Id, "branch-head");
        for (var branch = 1; branch <= branches; branch++)
        {
            var (started, _) = Stay(random, request.Year, earlierShare: 0.8, endShare: 0);
            // Most heads have been through the union-work course, some of them during the year.
            DateOnly? trained = random.NextDouble() < 0.8 ? random.DayBetween(started, new DateOnly(request.Year, 12, 31)) : null;
            var input = new BranchHeadInput(unit.Code, random.PersonName(), $"Chi hội {DemoRandom.VillagePrefix(unit)} {branch}", started, null, trained);
            batch.Add<BranchHead, BranchHeadInput>(input);
        }
    }

    private static void JointActivities(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, double expected)
    {
        var random = request.RandomFor(unit.Id, "joint-activity");
        if (random.NextDouble() < NotYetShare)
        {
            return;
        }

        for (var i = random.Count(expected); i > 0; i--)
        {
            var partners = string.Join(", ", Partners.OrderBy(_ => random.Next()).Take(random.Next(1, 3)));
            var input = new JointActivityInput(unit.Code, random.Pick(JointTitles), partners, random.DayIn(request.Year), random.Next(20, 151));
            batch.Add<JointActivity, JointActivityInput>(input);
        }
    }

    /// <summary>Materials, a unit-specific share of them digitised (most of those also posted online), so some units reach 70% and some do not.</summary>
    private static void Materials(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, double expected, (double Low, double High) digitised)
    {
        var random = request.RandomFor(unit.Id, "material");
        var share = digitised.Low + ((digitised.High - digitised.Low) * random.NextDouble());
        for (var i = random.Count(expected); i > 0; i--)
        {
            var isDigitised = random.NextDouble() < share;
            var input = new CommunicationMaterialInput(unit.Code, random.Pick(MaterialTitles), random.DayIn(request.Year), isDigitised, isDigitised && random.NextDouble() < 0.95);
            batch.Add<CommunicationMaterial, CommunicationMaterialInput>(input);
        }
    }

    private static void CommunicationActivities(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, double expected, (double Low, double High) online)
    {
        var random = request.RandomFor(unit.Id, "communication-activity");
        var share = online.Low + ((online.High - online.Low) * random.NextDouble());
        for (var i = random.Count(expected); i > 0; i--)
        {
            var digital = random.NextDouble() < share;
            var input = new CommunicationActivityInput(
                unit.Code, random.Pick(digital ? DigitalActivityTitles : OfflineActivityTitles), random.DayIn(request.Year), digital, digital ? random.Next(50, 2001) : random.Next(15, 121));
            batch.Add<CommunicationActivity, CommunicationActivityInput>(input);
        }
    }

    /// <summary>Cases reported through the province's website; those reported late in the year are not all handled yet.</summary>
    private static void WebsiteCaseRecords(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit)
    {
        var random = request.RandomFor(unit.Id, "website-case");
        var yearEnd = new DateOnly(request.Year, 12, 31);
        for (var i = random.Count(request.RecordsPerBaseUnion * WebsiteCaseShare); i > 0; i--)
        {
            var reported = random.DayIn(request.Year);
            var handledShare = reported <= new DateOnly(request.Year, 11, 30) ? 0.93 : 0.5;
            var handled = random.NextDouble() < handledShare ? Min(reported.AddDays(random.Next(0, 15)), yearEnd) : (DateOnly?)null;
            var (summary, outcome) = random.Pick(WebsiteCases);
            var input = new WebsiteCaseInput(unit.Code, summary, reported, handled, handled is null ? null : outcome);
            batch.Add<WebsiteCase, WebsiteCaseInput>(input);
        }
    }

    private static void Computers(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit)
    {
        var random = request.RandomFor(unit.Id, "networked-computer");
        if (random.NextDouble() < NotYetShare)
        {
            return;
        }

        var installed = random.DayBetween(new DateOnly(request.Year - 6, 1, 1), new DateOnly(request.Year, 12, 31));
        var input = new NetworkedComputerInput(unit.Code, random.Next(1, 4), "Máy tính để bàn kết nối Internet tại văn phòng Hội", installed, null);
        batch.Add<NetworkedComputer, NetworkedComputerInput>(input);
    }

    private static void DigitalTrainings(RecordBatch<OrganisationDbContext> batch, DemoDataRequest request, UnitRef unit, double expected)
    {
        var random = request.RandomFor(unit.Id, "digital-training");
        if (random.NextDouble() < NotYetShare)
        {
            return;
        }

        // Ethnic minority women take part where they live: in about a third of the units.
        var minorityShare = random.NextDouble() < 0.3 ? 0.1 + (0.4 * random.NextDouble()) : 0;
        for (var i = Math.Max(1, random.Count(expected)); i > 0; i--)
        {
            var participants = random.Next(20, 81);
            var input = new DigitalTrainingInput(
                unit.Code, random.Pick(DigitalTrainingTitles), random.DayIn(request.Year), participants, (int)Math.Round(participants * minorityShare * random.NextDouble()));
            batch.Add<DigitalTraining, DigitalTrainingInput>(input);
        }
    }

    /// <summary>
    /// When something kept in place began (in an earlier year, or in the first ten months of the year) and, now and
    /// then, the day during the year it stopped.
    /// </summary>
    private static (DateOnly Started, DateOnly? Ended) Stay(Random random, int year, double earlierShare, double endShare)
    {
        var started = random.NextDouble() < earlierShare
            ? random.DayBetween(new DateOnly(year - 8, 1, 1), new DateOnly(year - 1, 12, 31))
            : random.DayBetween(new DateOnly(year, 1, 1), new DateOnly(year, 10, 31));
        var firstEnd = Max(started.AddDays(30), new DateOnly(year, 1, 2));
        DateOnly? ended = random.NextDouble() < endShare ? random.DayBetween(firstEnd, new DateOnly(year, 12, 31)) : null;
        return (started, ended);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    // A unit has one branch for each village or residential group.
    private static string Village(Random random, UnitRef unit, int branches) => $"{DemoRandom.VillagePrefix(unit)} {random.Next(1, branches + 1)}";

    /// <summary>A unit records are written for: its reference, today, and whether a write there is allowed on a day.</summary>
    private sealed record Place(UnitRef Unit, DateOnly Today, Func<DateOnly, bool> Open, Func<DateOnly, bool> Locked)
    {
        public bool CanWrite(DateOnly day) => Open(day) && !Locked(day);
    }

    /// <summary>
    /// Saves the members collected (each with her history) in one save, with one import entry for the members and
    /// one for their stays, and empties the list; the other records go through the record service's bulk path.
    /// </summary>
    private async Task<long> SaveMembersAsync(List<Member> members, string label, CancellationToken cancellationToken)
    {
        var count = members.Count;
        if (count > 0)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Members.AddRange(members);
            db.RecordImport(nameof(Member), count, label);
            db.RecordImport(nameof(MembershipPeriod), members.Sum(m => m.History.Count), label);
            await db.SaveChangesAsync(cancellationToken);
            members.Clear();
        }

        return count;
    }
}
