using Modular.Modules.Economy.Data;
using Modular.Modules.Economy.Domain;
using Modular.Shared.Access;
using Modular.Shared.Demo;
using Modular.Shared.Records;

namespace Modular.Modules.Economy.Demo;

/// <summary>
/// Writes a year of plausible records: at each base union households supported (about two thirds of them out of
/// poverty by the year-end review), supports to women business owners, start-ups, now and then a cooperative, and
/// loans for the rest; at each district its own capacity courses for business owners. Each record is built from the
/// same input a GraphQL write takes and is written through the record service's bulk path, with the same checks;
/// an input a write would refuse (a unit with the module off that day, a household already recorded) is left out.
/// </summary>
internal sealed class EconomyDemoData(RecordService<EconomyDbContext> records) : IDemoDataGenerator
{
    // Shares of RecordsPerBaseUnion by kind; loans take the rest. At 60 records and 132 base unions: 12 households
    // (about 7.8 out of poverty: ~1,030 of the 1,100 of target 2.2a), 2.1 supports to ~1.8 distinct women (plus the
    // districts' courses: ~265 of the 300 of target 2.2b), 1.8 start-ups, 0.08 cooperatives (~4 cooperatives with
    // women in management against the 1 of target 2.2c) and about 44 loans.
    private const double HouseholdShare = 0.20;
    private const double EntrepreneurShare = 0.035;
    private const double StartupShare = 0.03;
    private const double CooperativeShare = 0.08 / 60;

    /// <summary>Supports per district for its own courses, as a share of RecordsPerBaseUnion (3 at 60).</summary>
    private const double DistrictEntrepreneurShare = 0.05;

    /// <summary>Households the year-end poverty review confirms out of poverty.</summary>
    private const double ExitShare = 0.65;

    /// <summary>Supports that go to a woman the unit already supported that year (she counts once).</summary>
    private const double RepeatShare = 0.25;

    // Repeated entries weigh the draw: near-poor households outnumber poor ones, loans are the commonest support.
    private static readonly HouseholdStatus[] Statuses = [HouseholdStatus.Poor, HouseholdStatus.Poor, HouseholdStatus.NearPoor, HouseholdStatus.NearPoor, HouseholdStatus.NearPoor];

    private static readonly (HouseholdSupport Support, string Details)[] HouseholdSupports =
    [
        (HouseholdSupport.Loan, "Vay 50 triệu đồng từ Ngân hàng Chính sách xã hội để nuôi bò"),
        (HouseholdSupport.Loan, "Vay 30 triệu đồng từ tổ tiết kiệm và vay vốn để mở tiệm tạp hóa"),
        (HouseholdSupport.Loan, "Vay 40 triệu đồng để sắm ngư cụ đánh bắt ven bờ"),
        (HouseholdSupport.Loan, "Vay 20 triệu đồng để nuôi heo"),
        (HouseholdSupport.LivelihoodModel, "Tham gia mô hình nuôi gà thả vườn"),
        (HouseholdSupport.LivelihoodModel, "Tham gia mô hình trồng rau an toàn"),
        (HouseholdSupport.VocationalTraining, "Học nghề may công nghiệp"),
        (HouseholdSupport.VocationalTraining, "Học nghề chế biến món ăn"),
        (HouseholdSupport.CapitalInKind, "Hỗ trợ 01 con bò giống"),
        (HouseholdSupport.CapitalInKind, "Hỗ trợ 01 máy may"),
        (HouseholdSupport.Other, "Hỗ trợ sửa chữa nhà ở"),
    ];

    private static readonly BusinessKind[] BusinessKinds = [BusinessKind.HouseholdBusiness, BusinessKind.HouseholdBusiness, BusinessKind.HouseholdBusiness, BusinessKind.Enterprise, BusinessKind.Cooperative];

    private static readonly EntrepreneurSupport[] EntrepreneurSupports = [EntrepreneurSupport.Training, EntrepreneurSupport.Training, EntrepreneurSupport.ECommerce, EntrepreneurSupport.Branding, EntrepreneurSupport.FinanceAccess];

    private static readonly string[] CooperativeTrades = ["nông nghiệp", "dịch vụ nông nghiệp", "nuôi trồng thủy sản", "chế biến hải sản", "sản xuất nước mắm", "trồng xoài", "may mặc", "du lịch cộng đồng", "trồng rau an toàn"];

    private static readonly string[] StartupIdeas =
    [
        "Nước mắm truyền thống", "Yến sào chưng sẵn", "Xoài sấy dẻo", "Bánh tráng mè", "Trồng nấm bào ngư", "Rau sạch thủy canh",
        "Homestay du lịch cộng đồng", "Khô cá một nắng", "Trà thảo mộc", "Tinh dầu sả", "Đồ thủ công từ vỏ sò", "Bún cá đóng gói",
        "Cửa hàng đặc sản bán trực tuyến", "Sầu riêng sạch",
    ];

    public string ModuleKey => EconomyModule.ModuleKey;

    public async Task<long> GenerateAsync(DemoDataRequest request, CancellationToken cancellationToken)
    {
        var inputs = new Inputs();
        foreach (var unit in request.Units.DistinctBy(u => u.Id))
        {
            switch (unit.LevelKey)
            {
                case "base":
                    var size = 0.6 + (0.8 * request.RandomFor(unit.Id, "size").NextDouble()); // wards and communes differ in size
                    var records = request.RecordsPerBaseUnion * size;
                    AddHouseholds(inputs.Households, request, unit, records * HouseholdShare);
                    AddEntrepreneurs(inputs.Entrepreneurs, request, unit, records * EntrepreneurShare);
                    AddStartups(inputs.Startups, request, unit, records * StartupShare);
                    AddCooperatives(inputs.Cooperatives, request, unit, records * CooperativeShare);
                    AddLoans(inputs.Loans, request, unit, records * (1 - HouseholdShare - EntrepreneurShare - StartupShare - CooperativeShare));
                    break;
                case "district":
                    AddEntrepreneurs(inputs.Entrepreneurs, request, unit, request.RecordsPerBaseUnion * DistrictEntrepreneurShare);
                    break;
            }
        }

        var import = new RecordImport(request.Label, SkipRefused: true);
        return (await records.ImportAsync<SupportedHousehold, HouseholdInput>(inputs.Households, import, cancellationToken)).Written
            + (await records.ImportAsync<SupportedEntrepreneur, EntrepreneurInput>(inputs.Entrepreneurs, import, cancellationToken)).Written
            + (await records.ImportAsync<Cooperative, CooperativeInput>(inputs.Cooperatives, import, cancellationToken)).Written
            + (await records.ImportAsync<StartupProject, StartupInput>(inputs.Startups, import, cancellationToken)).Written
            + (await records.ImportAsync<Loan, LoanInput>(inputs.Loans, import, cancellationToken)).Written;
    }

    private static void AddHouseholds(List<HouseholdInput> inputs, DemoDataRequest request, UnitRef unit, double expected)
    {
        var random = request.RandomFor(unit.Id, "household");
        var year = request.Year;
        for (var i = random.Count(expected); i > 0; i--)
        {
            var started = random.DayBetween(new DateOnly(year, 1, 1), new DateOnly(year, 9, 30));
            // The commune's poverty review confirms exits in the last quarter, after at least three months of support.
            var exitFrom = new DateOnly(year, 10, 1) > started.AddDays(90) ? new DateOnly(year, 10, 1) : started.AddDays(90);
            DateOnly? exited = random.NextDouble() < ExitShare ? random.DayBetween(exitFrom, new DateOnly(year, 12, 31)) : null;
            var (support, details) = random.Pick(HouseholdSupports);
            inputs.Add(new HouseholdInput(unit.Code, random.PersonName(), Village(random, unit), random.Pick(Statuses), started, support, details, exited));
        }
    }

    private static void AddEntrepreneurs(List<EntrepreneurInput> inputs, DemoDataRequest request, UnitRef unit, double expected)
    {
        var random = request.RandomFor(unit.Id, "entrepreneur");
        var women = new List<(string Name, int BirthYear)>();
        for (var i = random.Count(expected); i > 0; i--)
        {
            (string Name, int BirthYear) woman = women.Count > 0 && random.NextDouble() < RepeatShare
                ? women[random.Next(women.Count)]
                : (random.PersonName(), request.Year - random.Next(22, 61));
            women.Add(woman);
            inputs.Add(new EntrepreneurInput(
                unit.Code, woman.Name, woman.BirthYear, random.Pick(BusinessKinds), random.Pick(EntrepreneurSupports), random.DayIn(request.Year)));
        }
    }

    private static void AddStartups(List<StartupInput> inputs, DemoDataRequest request, UnitRef unit, double expected)
    {
        var random = request.RandomFor(unit.Id, "startup");
        for (var i = random.Count(expected); i > 0; i--)
        {
            inputs.Add(new StartupInput(unit.Code, random.Pick(StartupIdeas), random.PersonName(), random.DayIn(request.Year)));
        }
    }

    private static void AddCooperatives(List<CooperativeInput> inputs, DemoDataRequest request, UnitRef unit, double expected)
    {
        var random = request.RandomFor(unit.Id, "cooperative");
        for (var i = random.Count(expected); i > 0; i--)
        {
            // Cooperative groups (at least 2 members) are founded more often than cooperatives (at least 5 by law);
            // one the union helped found nearly always has women in its management.
            var isCooperative = random.NextDouble() < 0.4;
            var members = isCooperative ? random.Next(7, 41) : random.Next(3, 16);
            var women = random.NextDouble() < 0.9 ? random.Next(1, Math.Min(members, 5) + 1) : 0;
            var name = $"{(isCooperative ? "Hợp tác xã" : "Tổ hợp tác")} {random.Pick(CooperativeTrades)} {Village(random, unit)}";
            inputs.Add(new CooperativeInput(
                unit.Code, name, isCooperative ? CooperativeKind.Cooperative : CooperativeKind.CooperativeGroup, random.DayIn(request.Year), members, women));
        }
    }

    private static void AddLoans(List<LoanInput> inputs, DemoDataRequest request, UnitRef unit, double expected)
    {
        var random = request.RandomFor(unit.Id, "loan");
        for (var i = random.Count(expected); i > 0; i--)
        {
            // Social policy bank loans (20-100 million) are larger and more common than savings-group loans (3-30 million).
            inputs.Add(random.NextDouble() < 0.6
                ? new LoanInput(unit.Code, LoanSource.SocialPolicyBank, random.PersonName(), random.Next(4, 21) * 5_000_000L, random.DayIn(request.Year))
                : new LoanInput(unit.Code, LoanSource.SavingsGroup, random.PersonName(), random.Next(3, 31) * 1_000_000L, random.DayIn(request.Year)));
        }
    }

    private static string Village(Random random, UnitRef unit) => $"{DemoRandom.VillagePrefix(unit)} {random.Next(1, 10)}";

    /// <summary>The inputs of a run, by kind of record.</summary>
    private sealed class Inputs
    {
        public List<HouseholdInput> Households { get; } = [];

        public List<EntrepreneurInput> Entrepreneurs { get; } = [];

        public List<CooperativeInput> Cooperatives { get; } = [];

        public List<StartupInput> Startups { get; } = [];

        public List<LoanInput> Loans { get; } = [];
    }
}
