using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Economy.Data;
using Modular.Modules.Economy.Domain;
using Modular.Modules.Economy.Validation;
using Modular.Shared.Access;
using Modular.Shared.Demo;
using Modular.Shared.Units;

namespace Modular.Modules.Economy.Demo;

/// <summary>
/// Writes a year of plausible records: at each base union households supported (about two thirds of them out of
/// poverty by the year-end review), supports to women business owners, start-ups, now and then a cooperative, and
/// loans for the rest; at each district its own capacity courses for business owners. Each record is built from the
/// same input a GraphQL write takes and passes the same validator and the same unit checks, read once.
/// </summary>
internal sealed class EconomyDemoData(
    IDbContextFactory<EconomyDbContext> factory,
    UnitDirectory directory,
    TimeProvider clock,
    IValidator<HouseholdInput> householdValidator,
    IValidator<EntrepreneurInput> entrepreneurValidator,
    IValidator<CooperativeInput> cooperativeValidator,
    IValidator<StartupInput> startupValidator,
    IValidator<LoanInput> loanValidator) : IDemoDataGenerator
{
    private const int BatchSize = 5_000;

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

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Thị", "Ngọc", "Thu", "Minh", "Thanh", "Kim"];
    private static readonly string[] GivenNames = ["Lan", "Hoa", "Mai", "Hương", "Hạnh", "Thảo", "Trang", "Hà", "Linh", "Nga", "Yến", "Nhung", "Phương", "Tuyết", "Loan"];

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
        var tree = await directory.LoadTreeAsync(cancellationToken);
        var switches = await directory.LoadSwitchesAsync(cancellationToken);
        var today = clock.Today();
        var batch = new List<IEconomyRecord>();
        long written = 0;
        foreach (var unitRef in request.Units.DistinctBy(u => u.Id))
        {
            if (tree.Find(unitRef.Id) is not { } unit)
            {
                continue;
            }

            // The checks UnitAccess makes for a GraphQL write, from the tree and switches read once: the unit in force
            // and the module on for it on the day the record speaks for (the caller is the province's system account).
            bool CanWrite(IEconomyRecord record)
            {
                var day = record.WriteDay(today);
                return unit.IsInForceOn(day) && switches.IsOn(tree, unit, ModuleKey, day);
            }

            var place = new Place(unitRef, CanWrite);
            switch (unitRef.LevelKey)
            {
                case "base":
                    var size = 0.6 + (0.8 * request.RandomFor(unitRef.Id, "size").NextDouble()); // wards and communes differ in size
                    var records = request.RecordsPerBaseUnion * size;
                    AddHouseholds(batch, request, place, records * HouseholdShare);
                    AddEntrepreneurs(batch, request, place, records * EntrepreneurShare);
                    AddStartups(batch, request, place, records * StartupShare);
                    AddCooperatives(batch, request, place, records * CooperativeShare);
                    AddLoans(batch, request, place, records * (1 - HouseholdShare - EntrepreneurShare - StartupShare - CooperativeShare));
                    break;
                case "district":
                    AddEntrepreneurs(batch, request, place, request.RecordsPerBaseUnion * DistrictEntrepreneurShare);
                    break;
            }

            if (batch.Count >= BatchSize)
            {
                written += await SaveAsync(batch, request.Label, cancellationToken);
            }
        }

        return written + await SaveAsync(batch, request.Label, cancellationToken);
    }

    private void AddHouseholds(List<IEconomyRecord> batch, DemoDataRequest request, Place place, double expected)
    {
        var random = request.RandomFor(place.Unit.Id, "household");
        var seen = new HashSet<(string Head, string Village)>();
        var year = request.Year;
        for (var i = Count(random, expected); i > 0; i--)
        {
            var started = Day(random, new DateOnly(year, 1, 1), new DateOnly(year, 9, 30));
            // The commune's poverty review confirms exits in the last quarter, after at least three months of support.
            var exitFrom = new DateOnly(year, 10, 1) > started.AddDays(90) ? new DateOnly(year, 10, 1) : started.AddDays(90);
            DateOnly? exited = random.NextDouble() < ExitShare ? Day(random, exitFrom, new DateOnly(year, 12, 31)) : null;
            var (support, details) = Pick(random, HouseholdSupports);
            var input = new HouseholdInput(place.Unit.Code, PersonName(random), Village(random, place.Unit), Pick(random, Statuses), started, support, details, exited);
            if (Build<HouseholdInput, SupportedHousehold>(householdValidator, input, place) is { } household
                && seen.Add((household.HeadNameFolded, household.VillageFolded)))
            {
                batch.Add(household);
            }
        }
    }

    private void AddEntrepreneurs(List<IEconomyRecord> batch, DemoDataRequest request, Place place, double expected)
    {
        var random = request.RandomFor(place.Unit.Id, "entrepreneur");
        var women = new List<(string Name, int BirthYear)>();
        for (var i = Count(random, expected); i > 0; i--)
        {
            (string Name, int BirthYear) woman = women.Count > 0 && random.NextDouble() < RepeatShare
                ? women[random.Next(women.Count)]
                : (PersonName(random), request.Year - random.Next(22, 61));
            women.Add(woman);
            var input = new EntrepreneurInput(
                place.Unit.Code, woman.Name, woman.BirthYear, Pick(random, BusinessKinds), Pick(random, EntrepreneurSupports), Day(random, request.Year));
            Add(batch, Build<EntrepreneurInput, SupportedEntrepreneur>(entrepreneurValidator, input, place));
        }
    }

    private void AddStartups(List<IEconomyRecord> batch, DemoDataRequest request, Place place, double expected)
    {
        var random = request.RandomFor(place.Unit.Id, "startup");
        for (var i = Count(random, expected); i > 0; i--)
        {
            var input = new StartupInput(place.Unit.Code, Pick(random, StartupIdeas), PersonName(random), Day(random, request.Year));
            Add(batch, Build<StartupInput, StartupProject>(startupValidator, input, place));
        }
    }

    private void AddCooperatives(List<IEconomyRecord> batch, DemoDataRequest request, Place place, double expected)
    {
        var random = request.RandomFor(place.Unit.Id, "cooperative");
        var seen = new HashSet<string>();
        for (var i = Count(random, expected); i > 0; i--)
        {
            // Cooperative groups (at least 2 members) are founded more often than cooperatives (at least 5 by law);
            // one the union helped found nearly always has women in its management.
            var isCooperative = random.NextDouble() < 0.4;
            var members = isCooperative ? random.Next(7, 41) : random.Next(3, 16);
            var women = random.NextDouble() < 0.9 ? random.Next(1, Math.Min(members, 5) + 1) : 0;
            var name = $"{(isCooperative ? "Hợp tác xã" : "Tổ hợp tác")} {Pick(random, CooperativeTrades)} {Village(random, place.Unit)}";
            var input = new CooperativeInput(
                place.Unit.Code, name, isCooperative ? CooperativeKind.Cooperative : CooperativeKind.CooperativeGroup, Day(random, request.Year), members, women);
            if (Build<CooperativeInput, Cooperative>(cooperativeValidator, input, place) is { } cooperative && seen.Add(cooperative.NameFolded))
            {
                batch.Add(cooperative);
            }
        }
    }

    private void AddLoans(List<IEconomyRecord> batch, DemoDataRequest request, Place place, double expected)
    {
        var random = request.RandomFor(place.Unit.Id, "loan");
        for (var i = Count(random, expected); i > 0; i--)
        {
            // Social policy bank loans (20-100 million) are larger and more common than savings-group loans (3-30 million).
            var input = random.NextDouble() < 0.6
                ? new LoanInput(place.Unit.Code, LoanSource.SocialPolicyBank, PersonName(random), random.Next(4, 21) * 5_000_000L, Day(random, request.Year))
                : new LoanInput(place.Unit.Code, LoanSource.SavingsGroup, PersonName(random), random.Next(3, 31) * 1_000_000L, Day(random, request.Year));
            Add(batch, Build<LoanInput, Loan>(loanValidator, input, place));
        }
    }

    /// <summary>The record a GraphQL write of the input would store, or null where that write would be refused.</summary>
    private static TRecord? Build<TInput, TRecord>(IValidator<TInput> validator, TInput input, Place place)
        where TInput : IRecordInput<TInput, TRecord>
        where TRecord : class, IEconomyRecord, new()
    {
        var cleaned = input.Cleaned();
        if (!validator.Validate(cleaned).IsValid)
        {
            return null;
        }

        var record = new TRecord { UnitId = place.Unit.Id };
        cleaned.CopyTo(record);
        return place.CanWrite(record) ? record : null;
    }

    private static void Add(List<IEconomyRecord> batch, IEconomyRecord? record)
    {
        if (record is not null)
        {
            batch.Add(record);
        }
    }

    /// <summary>Saves the batch in one context and one save, with one import entry per kind of record, and empties it.</summary>
    private async Task<int> SaveAsync(List<IEconomyRecord> batch, string label, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(batch);
        foreach (var kind in batch.GroupBy(r => r.GetType().Name))
        {
            db.RecordImport(kind.Key, kind.Count(), label);
        }

        await db.SaveChangesAsync(cancellationToken);
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    /// <summary>A whole number whose average is <paramref name="expected"/>: its whole part, plus one as often as its fraction.</summary>
    private static int Count(Random random, double expected)
    {
        var whole = (int)Math.Floor(expected);
        return whole + (random.NextDouble() < expected - whole ? 1 : 0);
    }

    private static DateOnly Day(Random random, int year) => Day(random, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private static DateOnly Day(Random random, DateOnly first, DateOnly last) => first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string PersonName(Random random) => $"{Pick(random, FamilyNames)} {Pick(random, MiddleNames)} {Pick(random, GivenNames)}";

    // Wards and townships are divided into residential groups, communes into villages.
    private static string Village(Random random, UnitRef unit) =>
        $"{(unit.Name.Contains("Phường", StringComparison.Ordinal) || unit.Name.Contains("Thị trấn", StringComparison.Ordinal) ? "Tổ dân phố" : "Thôn")} {random.Next(1, 10)}";

    /// <summary>A unit records are written for, with whether a record may be written there.</summary>
    private sealed record Place(UnitRef Unit, Func<IEconomyRecord, bool> CanWrite);
}
