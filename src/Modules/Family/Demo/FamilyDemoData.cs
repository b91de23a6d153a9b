using Modular.Shared.Units;

namespace Modular.Modules.Family.Demo;

/// <summary>
/// A year of plausible family records. Per base union at the reference size (60 records): 10 standard households,
/// 2 community works, 3 culture/sports forms, 1 victim case, 8 acts of support to women with disabilities,
/// 4 sponsorships and 32 parenting-education / Project 938 activities; districts and the province hold a few
/// activities of their own. Each base union has an "engagement" drawn once, so some fall short of the coverage
/// targets (5 households, 1 work carried out, 2 forms) while most meet them.
/// Every record is built from the same input as the GraphQL write and written through the record service's bulk
/// path with the same checks; victim cases, women with disabilities and sponsored children are written with codes
/// only, never names.
/// </summary>
internal sealed class FamilyDemoData(RecordService<FamilyDbContext> service, UnitDirectory directory, ReportedValueCommands reportedValues) : IDemoDataGenerator
{
    /// <summary>The reference size the proportions below are stated for.</summary>
    private const double ReferenceRecords = 60;

    private static readonly string[] WorkNames =
    [
        "Tuyến đường hoa phụ nữ", "Thắp sáng đường quê", "Camera an ninh khu dân cư", "Vườn rau sạch của phụ nữ",
        "Tuyến đường xanh - sạch - đẹp", "Điểm thu gom rác thải nhựa", "Sân chơi cho trẻ em", "Mô hình phân loại rác tại nguồn",
        "Hàng rào xanh", "Tủ sách gia đình",
    ];

    private static readonly (string Name, CultureSportsKind Kind)[] FormNames =
    [
        ("Câu lạc bộ dân vũ", CultureSportsKind.Culture), ("Đội văn nghệ", CultureSportsKind.Culture),
        ("Câu lạc bộ dưỡng sinh", CultureSportsKind.Sports), ("Đội bóng chuyền nữ", CultureSportsKind.Sports),
        ("Câu lạc bộ hát dân ca", CultureSportsKind.Culture), ("Câu lạc bộ yoga", CultureSportsKind.Sports),
        ("Câu lạc bộ đi bộ", CultureSportsKind.Sports), ("Đội múa", CultureSportsKind.Culture),
        ("Câu lạc bộ thơ", CultureSportsKind.Culture), ("Câu lạc bộ cầu lông nữ", CultureSportsKind.Sports),
        ("Câu lạc bộ pickleball", CultureSportsKind.Sports), ("Đội cờ tướng", CultureSportsKind.Sports),
    ];

    private static readonly string[] ParentingTopics =
    [
        "Kỹ năng làm cha mẹ trong thời đại số", "Phòng, chống xâm hại trẻ em", "Giáo dục giới tính cho con tuổi dậy thì",
        "Xây dựng gia đình hạnh phúc", "Nuôi con khỏe, dạy con ngoan", "Phòng, chống đuối nước cho trẻ em",
    ];

    private static readonly string[] Project938Topics =
    [
        "Tuyên truyền pháp luật về bình đẳng giới", "Phòng, chống bạo lực gia đình", "Phòng, chống mua bán người",
        "Luật Hôn nhân và gia đình", "Phòng, chống tảo hôn", "Chuyển đổi số cho hội viên phụ nữ",
    ];

    private static readonly VictimSupports[] SupportKinds =
        [VictimSupports.Counselling, VictimSupports.LegalAid, VictimSupports.HealthCare, VictimSupports.Shelter, VictimSupports.Referral];

    public string ModuleKey => FamilyModule.ModuleKey;

    public async Task<long> GenerateAsync(DemoDataRequest request, CancellationToken cancellationToken)
    {
        var batch = new RecordBatch<FamilyDbContext>(service, new RecordImport(request.Label, SkipRefused: true));
        var scale = request.RecordsPerBaseUnion / ReferenceRecords;
        foreach (var unit in request.Units)
        {
            switch (unit.LevelKey)
            {
                case "base":
                    GenerateBaseUnion(request, unit, scale, batch);
                    break;

                // The district's and province's own training sessions and conferences; other records belong to base unions.
                case "district":
                    GenerateActivities(request, unit, Scaled(6, scale, 1), 50, 200, batch);
                    break;
                case "province":
                    GenerateActivities(request, unit, Scaled(10, scale, 1), 80, 300, batch);
                    break;
            }

            await batch.FlushIfFullAsync(cancellationToken);
        }

        var written = await batch.FlushAsync(cancellationToken);
        await ReportWomenWithDisabilitiesAsync(request, cancellationToken);
        return written;
    }

    /// <summary>
    /// The denominator of target 4.1.2a is a figure units report, not a record: each base union where the module is on
    /// reports the women with disabilities living in its area through the core's bulk path.
    /// </summary>
    private async Task ReportWomenWithDisabilitiesAsync(DemoDataRequest request, CancellationToken cancellationToken)
    {
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        var start = new DateOnly(request.Year, 1, 1);
        var end = new DateOnly(request.Year, 12, 31);
        var values = request.Units
            .Where(u => u.LevelKey == "base" && tree.Find(u.Id) is { } unit && switches.IsOn(tree, unit, ModuleKey, start))
            .Select(u => new ReportValueInput("family.women-with-disabilities", u.Code, start, end, request.RandomFor(u.Id, "women-with-disabilities").Next(5, 25)))
            .ToList();
        await reportedValues.ImportReportedValuesAsync(values, new RecordImport(request.Label, SkipRefused: true), cancellationToken);
    }

    private void GenerateBaseUnion(DemoDataRequest request, UnitRef unit, double scale, RecordBatch<FamilyDbContext> batch)
    {
        // How active the base union is this year, from 0.25 to 1.75 of the average: the low end misses coverage targets.
        var engagement = 0.25 + (1.5 * request.RandomFor(unit.Id, "engagement").NextDouble());
        var year = request.Year;

        // Wards and townships are divided into residential groups, communes into villages ("Hội LHPN Phường Vĩnh Hải").
        var villages = DemoRandom.VillagePrefix(unit);

        var random = request.RandomFor(unit.Id, "standard-households");
        for (var i = Scaled(10, scale, engagement); i > 0; i--)
        {
            // "5 có, 3 sạch" belongs to advanced new-rural communes: about one household in five.
            var standard = random.NextDouble() < 0.2 ? FamilyStandard.FiveYesThreeClean : FamilyStandard.FiveNoThreeClean;
            var input = new StandardHouseholdInput(unit.Code, standard, random.PersonName(), Village(random, villages), Day(random, year));
            batch.Add<StandardHousehold, StandardHouseholdInput>(input);
        }

        random = request.RandomFor(unit.Id, "community-works");
        for (var i = Math.Max(1, Scaled(2, scale, engagement)); i > 0; i--)
        {
            var registeredOn = Day(random, year, lastMonth: 9);
            DateOnly? carriedOutOn = random.NextDouble() < 0.75 ? random.DayBetween(registeredOn, new DateOnly(year, 12, 31)) : null;
            var name = $"{WorkNames[random.Next(WorkNames.Length)]} {Village(random, villages)}";
            batch.Add<CommunityWork, CommunityWorkInput>(new CommunityWorkInput(unit.Code, name, registeredOn, carriedOutOn));
        }

        random = request.RandomFor(unit.Id, "culture-sports-forms");
        var first = random.Next(FormNames.Length);
        var formCount = Scaled(3, scale, engagement);
        for (var i = 0; i < formCount; i++)
        {
            // Names are unique within a unit: walk the list from a random start, numbering a second round.
            var (name, kind) = FormNames[(first + i) % FormNames.Length];
            var round = i / FormNames.Length;
            var startedOn = random.NextDouble() < 0.85 ? Day(random, year - 1 - random.Next(10)) : Day(random, year, lastMonth: 10);
            DateOnly? endedOn = random.NextDouble() < 0.1 ? random.DayBetween(Max(startedOn, new DateOnly(year, 1, 1)), new DateOnly(year, 12, 31)) : null;
            var input = new CultureSportsFormInput(unit.Code, round == 0 ? name : $"{name} {round + 1}", kind, startedOn, endedOn);
            batch.Add<CultureSportsForm, CultureSportsFormInput>(input);
        }

        random = request.RandomFor(unit.Id, "victim-cases");
        var victimCount = random.Next(0, (int)Math.Round(2 * scale) + 1);
        for (var i = 1; i <= victimCount; i++)
        {
            var kind = random.NextDouble() < 0.85 ? VictimKind.DomesticViolence : VictimKind.TraffickingReturnee;
            var ageGroup = random.NextDouble() switch
            {
                < 0.05 => VictimAgeGroup.Under16,
                < 0.1 => VictimAgeGroup.From16To17,
                < 0.85 => VictimAgeGroup.From18To59,
                _ => VictimAgeGroup.From60,
            };

            // Most cases are supported within the year; a few found late are still waiting.
            var supports = random.NextDouble() < 0.9
                ? SupportKinds.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList()
                : [];

            // Codes only, numbered within the unit (unique there): no name or identity number of a victim is ever written.
            var code = $"{(kind == VictimKind.DomesticViolence ? "BLGD" : "MBN")}-{year % 100:00}-{i:000}";
            var input = new VictimCaseInput(unit.Code, code, kind, ageGroup, Day(random, year), supports);
            batch.Add<VictimCase, VictimCaseInput>(input);
        }

        random = request.RandomFor(unit.Id, "disabled-woman-supports");
        var acts = Scaled(8, scale, engagement);
        var women = Math.Max(1, (int)Math.Round(acts * 0.65));
        for (var i = 0; i < acts; i++)
        {
            // The first acts reach every woman once; the rest are second visits, so women are fewer than acts.
            var woman = i < women ? i + 1 : 1 + random.Next(women);
            var kind = (DisabilitySupportKind)(1 + random.Next(6));
            var input = new DisabledWomanSupportInput(unit.Code, $"KT-{woman:000}", kind, Day(random, year));
            batch.Add<DisabledWomanSupport, DisabledWomanSupportInput>(input);
        }

        random = request.RandomFor(unit.Id, "sponsorships");
        var sponsorshipCount = Scaled(4, scale, engagement);
        for (var i = 1; i <= sponsorshipCount; i++)
        {
            var startedOn = random.NextDouble() < 0.7 ? Day(random, year - 1 - random.Next(4)) : Day(random, year, lastMonth: 11);
            DateOnly? endedOn = random.NextDouble() < 0.15 ? random.DayBetween(Max(startedOn, new DateOnly(year, 1, 1)), new DateOnly(year, 12, 31)) : null;
            var sponsor = random.Next(4) switch
            {
                0 => $"Chi hội phụ nữ {Village(random, villages)}",
                1 => unit.Name,
                _ => $"Bà {random.PersonName()}",
            };
            var monthly = 50_000L * (4 + random.Next(17)); // 200.000 to 1.000.000 đồng
            var input = new SponsorshipInput(unit.Code, $"DD-{i:000}", sponsor, monthly, startedOn, endedOn);
            batch.Add<Sponsorship, SponsorshipInput>(input);
        }

        GenerateActivities(request, unit, Scaled(32, scale, engagement), 20, 120, batch);
    }

    private void GenerateActivities(DemoDataRequest request, UnitRef unit, int count, int fewest, int most, RecordBatch<FamilyDbContext> batch)
    {
        var random = request.RandomFor(unit.Id, "family-activities");
        for (var i = 0; i < count; i++)
        {
            var programme = random.NextDouble() < 0.5 ? FamilyProgramme.ParentingEducation : FamilyProgramme.Project938;
            var topics = programme == FamilyProgramme.ParentingEducation ? ParentingTopics : Project938Topics;
            var input = new FamilyActivityInput(
                unit.Code, programme, Day(random, request.Year), topics[random.Next(topics.Length)], fewest + random.Next(most - fewest + 1));
            batch.Add<FamilyActivity, FamilyActivityInput>(input);
        }
    }

    private static int Scaled(double perBaseUnion, double scale, double engagement) => (int)Math.Round(perBaseUnion * scale * engagement);

    private static string Village(Random random, string villages) => $"{villages} {1 + random.Next(9)}";

    /// <summary>A day of the year, up to the end of the given month.</summary>
    private static DateOnly Day(Random random, int year, int lastMonth = 12) =>
        random.DayBetween(new DateOnly(year, 1, 1), new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
