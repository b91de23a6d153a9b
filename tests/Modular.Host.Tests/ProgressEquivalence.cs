using System.Globalization;
using System.Text;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Shared.Data;
using Modular.Shared.Plans;
using Modular.Shared.Progress;
using Modular.Shared.Units;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>
/// The property behind live progress: however writes come (records created, moved to another day or unit, deleted;
/// reported values and their corrections; module switches, allocations, milestones; units added, renamed, closed; the
/// 2025 reorganisation; from this host or from a second host on the same database), the evaluation each host brings
/// forward from the stores' change feeds equals, to the last digit of every figure at every unit, an evaluation
/// computed from scratch from the same data. A seeded random sequence of writes is run against two hosts, and after
/// each write three questions (mid-year, year end, one module) are compared.
/// </summary>
internal static class ProgressEquivalence
{
    private const string PlanCode = "223/KH-BTV";

    private static readonly DateOnly YearStart = new(2025, 1, 1);

    private static readonly (string? ModuleKey, DateOnly AsOf)[] Questions =
    [
        (null, new DateOnly(2025, 6, 30)),
        (null, new DateOnly(2025, 12, 31)),
        ("organisation", new DateOnly(2025, 9, 30)),
    ];

    private static readonly Gen<Step> Steps = Gen.Select(
        Gen.Frequency(
            (8, Kind.CreateHousehold),
            (4, Kind.UpdateHousehold),
            (2, Kind.DeleteHousehold),
            (3, Kind.CreateVictimCase),
            (2, Kind.UpdateVictimCase),
            (1, Kind.DeleteVictimCase),
            (3, Kind.CreateSupervision),
            (2, Kind.UpdateSupervision),
            (1, Kind.DeleteSupervision),
            (3, Kind.CreateActivityType),
            (2, Kind.UpdateActivityType),
            (1, Kind.DeleteActivityType),
            (3, Kind.CreateMember),
            (2, Kind.MoveMember),
            (1, Kind.DeleteMember),
            (5, Kind.ReportValue),
            (2, Kind.SwitchModule),
            (2, Kind.AllocateGoal),
            (1, Kind.CompleteMilestone),
            (1, Kind.AddUnit),
            (1, Kind.RenameUnit),
            (1, Kind.CloseUnit)),
        Gen.UInt,
        Gen.UInt,
        Gen.Int[1, 365],
        Gen.Int[0, 2],
        (kind, a, b, day, host) => new Step(kind, a, b, YearStart.AddDays(day - 1), host == 0));

    /// <summary>Runs <paramref name="count"/> seeded writes against two hosts on one database, the reorganisation among them, comparing after each.</summary>
    public static async Task RunAsync(IDictionary<string, string?> settings, int count, ulong seed, bool sameFolder)
    {
        using var first = Reorganisation2025.Pending(settings);
        var second = new Dictionary<string, string?>(settings);
        if (sameFolder)
        {
            second["Storage:Sqlite:Directory"] = first.DataDirectory;
        }

        using var other = Reorganisation2025.Pending(second);
        first.StartServer(); // the first host creates and seeds the database; the second finds it ready
        other.StartServer();

        var steps = Steps.Array[count].Generate(new PCG(7, seed), null, out _);
        var run = new Run(first, other);
        var reorganiseAt = count / 2;
        var log = new StringBuilder();
        for (var i = 0; i < steps.Length; i++)
        {
            var step = i == reorganiseAt ? steps[i] with { Kind = Kind.Reorganise } : steps[i];
            var outcome = await run.ApplyAsync(step);
            log.AppendLine(CultureInfo.InvariantCulture, $"{i}: {step.Kind} on host {(step.OnFirst ? 1 : 2)}: {outcome}");
            await run.CompareAsync(log);
        }

        Assert.True(run.Written >= count / 2, $"Too few writes went through ({run.Written} of {count}):\n{log}");
    }

    private enum Kind
    {
        CreateHousehold,
        UpdateHousehold,
        DeleteHousehold,
        CreateVictimCase,
        UpdateVictimCase,
        DeleteVictimCase,
        CreateSupervision,
        UpdateSupervision,
        DeleteSupervision,
        CreateActivityType,
        UpdateActivityType,
        DeleteActivityType,
        CreateMember,
        MoveMember,
        DeleteMember,
        ReportValue,
        SwitchModule,
        AllocateGoal,
        CompleteMilestone,
        AddUnit,
        RenameUnit,
        CloseUnit,
        Reorganise,
    }

    /// <summary>One write: what, two random picks (which unit, which record, which value), a day, and which host writes.</summary>
    private sealed record Step(Kind Kind, uint A, uint B, DateOnly Day, bool OnFirst);

    /// <summary>Everything a target's progress at a unit says (doubles compared exactly).</summary>
    private sealed record Figures(
        string Target, int UnitId, double Goal, double Actual, double Percent, bool Achieved, ProgressStatus Status, int? Meeting, int? Counted,
        bool Applicable, bool Available, string? Note, bool Mismatch, double? Numerator, double? FromPredecessors, double? Denominator,
        DateOnly? CompletedOn, int Children);

    /// <summary>A record written so far, to update or delete later: its module's field names, its id and its input.</summary>
    private sealed record Written(string Id, string UnitCode, Dictionary<string, object?> Input);

    private sealed class Run(ProductFactory first, ProductFactory second)
    {
        private readonly Dictionary<string, List<Written>> _records = [];
        private readonly List<string> _added = [];
        private int _serial;

        public int Written { get; private set; }

        public async Task<string> ApplyAsync(Step step)
        {
            var host = step.OnFirst ? first : second;
            var tree = (await first.Services.GetRequiredService<UnitSnapshots>().CurrentAsync(CancellationToken.None)).Tree;
            var response = await (step.Kind switch
            {
                Kind.CreateHousehold => CreateAsync(host, tree, step, "economy", "Household", "EconomyHouseholdInput", Household(step, tree)),
                Kind.UpdateHousehold => UpdateAsync(host, tree, step, "economy", "Household", "EconomyHouseholdInput", (w, unit) =>
                    new Dictionary<string, object?>(w.Input) { ["unitCode"] = unit ?? w.UnitCode, ["supportStartedOn"] = Iso(step.Day), ["exitedPovertyOn"] = Iso(step.Day) }),
                Kind.DeleteHousehold => DeleteAsync(host, tree, step, "economy", "Household"),
                Kind.CreateVictimCase => CreateAsync(host, tree, step, "family", "VictimCase", "FamilyVictimCaseInput", VictimCase(step, tree)),
                Kind.UpdateVictimCase => UpdateAsync(host, tree, step, "family", "VictimCase", "FamilyVictimCaseInput", (w, _) =>
                    new Dictionary<string, object?>(w.Input) { ["foundOn"] = Iso(step.Day), ["supports"] = step.B % 2 == 0 ? Array.Empty<string>() : new[] { "COUNSELLING" } }),
                Kind.DeleteVictimCase => DeleteAsync(host, tree, step, "family", "VictimCase"),
                Kind.CreateSupervision => CreateAsync(host, tree, step, "party", "Supervision", "PartySupervisionInput", Supervision(step, tree, null)),
                Kind.UpdateSupervision => UpdateAsync(host, tree, step, "party", "Supervision", "PartySupervisionInput", (w, unit) =>
                    Supervision(step, tree, unit ?? w.UnitCode)),
                Kind.DeleteSupervision => DeleteAsync(host, tree, step, "party", "Supervision"),
                Kind.CreateActivityType => CreateAsync(host, tree, step, "organisation", "ActivityType", "OrganisationActivityTypeInput", ActivityType(step, tree)),
                Kind.UpdateActivityType => UpdateAsync(host, tree, step, "organisation", "ActivityType", "OrganisationActivityTypeInput", (w, _) =>
                    new Dictionary<string, object?>(w.Input) { ["kind"] = ActivityKinds[step.B % ActivityKinds.Length], ["startedOn"] = Iso(YearStart.AddDays((int)(step.B % 180))) }),
                Kind.DeleteActivityType => DeleteAsync(host, tree, step, "organisation", "ActivityType"),
                Kind.CreateMember => CreateAsync(host, tree, step, "organisation", "Member", "OrganisationCreateMemberInput", Member(step, tree)),
                Kind.MoveMember => MoveMemberAsync(host, tree, step),
                Kind.DeleteMember => DeleteAsync(host, tree, step, "organisation", "Member"),
                Kind.ReportValue => ReportValueAsync(host, tree, step),
                Kind.SwitchModule => SwitchModuleAsync(host, tree, step),
                Kind.AllocateGoal => AllocateGoalAsync(host, tree, step),
                Kind.CompleteMilestone => CompleteMilestoneAsync(host, step),
                Kind.AddUnit => AddUnitAsync(host, tree, step),
                Kind.RenameUnit => RenameUnitAsync(host, tree, step),
                Kind.CloseUnit => CloseUnitAsync(host, tree, step),
                _ => ReorganiseAsync(host),
            });
            if (response is null)
            {
                return "nothing to do";
            }

            Assert.True((int)response.Status < 500 && response.Errors.All(e => e.Code is not ("INTERNAL_SERVER_ERROR" or "CONFLICT" or null)), response.Text);
            if (response.Errors.Count > 0)
            {
                return $"refused: {response.Errors[0].Code} {response.Errors[0].Message}";
            }

            Written++;
            return "written";
        }

        /// <summary>Every target at every unit in force, from each host's kept evaluation and from scratch: the same, figure for figure.</summary>
        public async Task CompareAsync(StringBuilder log)
        {
            foreach (var (moduleKey, asOf) in Questions)
            {
                var fresh = await EvaluateAsync(first, moduleKey, asOf, fromScratch: true);
                foreach (var host in new[] { first, second })
                {
                    var kept = await EvaluateAsync(host, moduleKey, asOf, fromScratch: false);
                    var difference = kept.Zip(fresh).FirstOrDefault(p => p.First != p.Second);
                    if (kept.Count != fresh.Count || difference != default)
                    {
                        Assert.Fail($"{moduleKey ?? "all modules"} as of {asOf:dd/MM/yyyy}, host {(host == first ? 1 : 2)}, {kept.Count} and {fresh.Count} figures:\n  kept  {difference.First}\n  fresh {difference.Second}\nafter:\n{log}");
                    }
                }
            }
        }

        private static async Task<List<Figures>> EvaluateAsync(ProductFactory host, string? moduleKey, DateOnly asOf, bool fromScratch)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var engine = fromScratch
                ? ActivatorUtilities.CreateInstance<ProgressEngine>(services, new ProgressCache(), ActivatorUtilities.CreateInstance<UnitSnapshots>(services))
                : services.GetRequiredService<ProgressEngine>();
            await using var db = await services.GetRequiredService<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync();
            var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Code == PlanCode);
            var evaluation = await engine.EvaluateAsync(plan, moduleKey, asOf, CancellationToken.None);
            return evaluation.Tree.Units.Where(u => u.IsInForceOn(asOf)).SelectMany(evaluation.ForUnit).Select(p => new Figures(
                p.Target.Code, p.Unit.Id, p.Goal, p.Actual, p.Percent, p.Achieved, p.Status, p.UnitsMeeting, p.UnitsCounted, p.Applicable, p.Available,
                p.Note, p.AllocationMismatch, p.Numerator, p.FromPredecessors, p.Denominator, p.CompletedOn, p.Children.Count)).ToList();
        }

        private static readonly string[] ActivityKinds = ["CLUB", "INTEREST_GROUP", "CULTURE", "SPORT"];

        private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

        private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>The province's admin on the unit's side: Ninh Thuận's before the merge, Khánh Hòa's otherwise.</summary>
        private static GraphQLClient AdminFor(ProductFactory host, UnitTree tree, string unitCode, DateOnly day)
        {
            var unit = tree.Find(unitCode, day) ?? tree.Find(unitCode);
            var ninhThuan = tree.WithCode("58").FirstOrDefault(u => u.LevelKey == "province");
            return Admin(host, unit is not null && ninhThuan is not null && ninhThuan.ValidTo is null && tree.IsInSubtree(unit.Id, ninhThuan.Id) ? "58" : "56");
        }

        private static GraphQLClient Admin(ProductFactory host, string unitCode) => host.ClientFor(unitCode, Role.Admin);

        /// <summary>A unit of the levels given in force on the day (and today, when it must be), picked by <paramref name="pick"/>.</summary>
        private static Unit? Pick(UnitTree tree, uint pick, DateOnly day, bool inForceToday, params string[] levels)
        {
            var today = Today;
            var units = tree.Units.Where(u => levels.Contains(u.LevelKey) && u.IsInForceOn(day) && (!inForceToday || u.IsInForceOn(today))).ToList();
            return units.Count == 0 ? null : units[(int)(pick % units.Count)];
        }

        private Dictionary<string, object?> Household(Step step, UnitTree tree) => new()
        {
            // Written on the day out of poverty, or today while still poor.
            ["unitCode"] = Pick(tree, step.A, step.B % 4 == 0 ? Today : step.Day, step.B % 4 == 0, "base", "branch", "district")?.Code,
            ["headName"] = $"Nguyễn Thị Hộ {++_serial}",
            ["village"] = "Thôn Đông",
            ["statusAtStart"] = step.B % 2 == 0 ? "POOR" : "NEAR_POOR",
            ["supportStartedOn"] = Iso(step.Day),
            ["support"] = "LOAN",
            ["supportDetails"] = null,
            ["exitedPovertyOn"] = step.B % 4 == 0 ? null : Iso(step.Day),
        };

        private Dictionary<string, object?> VictimCase(Step step, UnitTree tree) => new()
        {
            ["unitCode"] = Pick(tree, step.A, step.Day, false, "base")?.Code,
            ["caseCode"] = $"HS-{++_serial}",
            ["kind"] = step.B % 2 == 0 ? "DOMESTIC_VIOLENCE" : "TRAFFICKING_RETURNEE",
            ["ageGroup"] = "FROM_18_TO_59",
            ["foundOn"] = Iso(step.Day),
            ["supports"] = step.B % 3 == 0 ? Array.Empty<string>() : new[] { "COUNSELLING", "LEGAL_AID" },
        };

        private static Dictionary<string, object?> Supervision(Step step, UnitTree tree, string? unitCode) => new()
        {
            ["unitCode"] = unitCode ?? Pick(tree, step.A, step.Day, false, "base", "district", "province")?.Code,
            ["heldOn"] = Iso(step.Day),
            ["policy"] = "Chính sách tín dụng cho hộ nghèo",
            ["periodFrom"] = Iso(YearStart),
            ["periodTo"] = Iso(step.Day),
            ["findings"] = null,
            ["recommendations"] = null,
            ["followUp"] = null,
        };

        private Dictionary<string, object?> ActivityType(Step step, UnitTree tree)
        {
            // Kept up until a day, or still: the unit must then be in force today.
            var ended = step.B % 2 == 0 ? (DateOnly?)null : step.Day;
            var started = YearStart.AddDays((int)(step.B % (uint)(step.Day.DayNumber - YearStart.DayNumber + 1)));
            return new()
            {
                ["unitCode"] = Pick(tree, step.A, ended ?? Today, ended is null, "base")?.Code,
                ["kind"] = ActivityKinds[step.B % ActivityKinds.Length],
                ["name"] = $"Câu lạc bộ {++_serial}",
                ["startedOn"] = Iso(started),
                ["endedOn"] = ended is { } e ? Iso(e) : null,
            };
        }

        private Dictionary<string, object?> Member(Step step, UnitTree tree) => new()
        {
            ["unitCode"] = Pick(tree, step.A, Today, true, "base")?.Code,
            ["fullName"] = $"Lê Thị Hội Viên {++_serial}",
            ["birthYear"] = 1970 + (int)(step.B % 30),
            ["ethnicity"] = "Kinh",
            ["joinedOn"] = Iso(step.Day),
        };

        private async Task<GraphQLResponse?> CreateAsync(ProductFactory host, UnitTree tree, Step step, string module, string kind, string inputType, Dictionary<string, object?> input)
        {
            if (input["unitCode"] is not string unitCode)
            {
                return null;
            }

            var client = kind == "VictimCase" ? host.ClientFor(unitCode, Role.Reporter) : AdminFor(host, tree, unitCode, step.Day);
            var response = await client.SendAsync($"mutation($input: {inputType}!) {{ {module} {{ create{kind}(input: $input) {{ id }} }} }}", new { input });
            if (response.Errors.Count == 0)
            {
                Records(kind).Add(new Written(response.Data![module]![$"create{kind}"]!["id"]!.ToString(), unitCode, input));
            }

            return response;
        }

        private async Task<GraphQLResponse?> UpdateAsync(
            ProductFactory host, UnitTree tree, Step step, string module, string kind, string inputType, Func<Written, string?, Dictionary<string, object?>> change)
        {
            var records = Records(kind);
            if (records.Count == 0)
            {
                return null;
            }

            var index = (int)(step.A % records.Count);
            var written = records[index];

            // Every other update moves the record to another unit in force on its new day.
            var moveTo = kind != "VictimCase" && step.B % 2 == 1 ? Pick(tree, step.B / 2, step.Day, false, "base", "branch")?.Code : null;
            var input = change(written, moveTo);
            var client = kind == "VictimCase" ? host.ClientFor(written.UnitCode, Role.Reporter) : AdminFor(host, tree, written.UnitCode, step.Day);
            var response = await client.SendAsync(
                $"mutation($id: ID!, $input: {inputType}!) {{ {module} {{ update{kind}(id: $id, input: $input) {{ id }} }} }}", new { id = written.Id, input });
            if (response.Errors.Count == 0)
            {
                records[index] = written with { UnitCode = (string)input["unitCode"]!, Input = input };
            }

            return response;
        }

        private async Task<GraphQLResponse?> DeleteAsync(ProductFactory host, UnitTree tree, Step step, string module, string kind)
        {
            var records = Records(kind);
            if (records.Count == 0)
            {
                return null;
            }

            var index = (int)(step.A % records.Count);
            var written = records[index];
            var client = kind == "VictimCase" ? host.ClientFor(written.UnitCode, Role.Reporter) : AdminFor(host, tree, written.UnitCode, step.Day);
            var response = await client.SendAsync($"mutation($id: ID!) {{ {module} {{ delete{kind}(id: $id) }} }}", new { id = written.Id });
            if (response.Errors.Count == 0)
            {
                records.RemoveAt(index);
            }

            return response;
        }

        private async Task<GraphQLResponse?> MoveMemberAsync(ProductFactory host, UnitTree tree, Step step)
        {
            var members = Records("Member");
            var to = Pick(tree, step.B, Today, true, "base");
            if (members.Count == 0 || to is null)
            {
                return null;
            }

            var index = (int)(step.A % members.Count);
            var member = members[index];
            var joined = DateOnly.Parse((string)member.Input["joinedOn"]!, CultureInfo.InvariantCulture);
            var day = step.Day > joined ? step.Day : joined.AddDays(1);
            var response = await AdminFor(host, tree, member.UnitCode, day).SendAsync(
                "mutation($id: ID!, $to: String!, $date: Date!) { organisation { moveMember(id: $id, toUnitCode: $to, date: $date) { id } } }",
                new { id = member.Id, to = to.Code, date = Iso(day) });
            if (response.Errors.Count == 0)
            {
                members[index] = member with { UnitCode = to.Code };
            }

            return response;
        }

        private static async Task<GraphQLResponse?> ReorganiseAsync(ProductFactory host) => await Reorganisation2025.ApplyAsync(Admin(host, "56"), dryRun: false);

        private static async Task<GraphQLResponse?> ReportValueAsync(ProductFactory host, UnitTree tree, Step step)
        {
            // A half-year or the whole year; the same unit and period again is a correction.
            var (start, end) = (step.B % 3) switch
            {
                0 => (YearStart, new DateOnly(2025, 6, 30)),
                1 => (new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)),
                _ => (YearStart, new DateOnly(2025, 12, 31)),
            };
            var unit = Pick(tree, step.A % 40, start, false, "base", "district", "branch") ?? tree.Find("56")!;
            var indicator = step.B % 2 == 0 ? "organisation.women-18plus" : "family.women-with-disabilities";
            return await AdminFor(host, tree, unit.Code, start).SendAsync(
                "mutation($input: ReportValueInput!) { reportValue(input: $input) { value } }",
                new { input = new { indicator, unitCode = unit.Code, periodStart = Iso(start), periodEnd = Iso(end), value = (double)(step.B % 500) } });
        }

        private static async Task<GraphQLResponse?> SwitchModuleAsync(ProductFactory host, UnitTree tree, Step step)
        {
            var unit = Pick(tree, step.A, step.Day, false, "base", "district") ?? tree.Find("56")!;
            var module = new[] { "economy", "family", "party", "organisation" }[step.B % 4];
            return await AdminFor(host, tree, unit.Code, step.Day).SendAsync(
                "mutation($unit: String!, $module: String!, $on: Boolean!, $from: Date!) { switchModule(unitCode: $unit, moduleKey: $module, enabled: $on, effectiveFrom: $from) { code } }",
                new { unit = unit.Code, module, on = step.B % 3 == 0, from = Iso(step.Day) });
        }

        private static async Task<GraphQLResponse?> AllocateGoalAsync(ProductFactory host, UnitTree tree, Step step)
        {
            var targets = await TargetsAsync(host, TargetKind.Sum);
            var unit = Pick(tree, step.A, Today, true, "base", "district");
            if (unit is null)
            {
                return null;
            }

            return await AdminFor(host, tree, unit.Code, Today).SendAsync(
                "mutation($target: String!, $unit: String!, $goal: Float!) { allocateGoal(planCode: \"223/KH-BTV\", targetCode: $target, unitCode: $unit, goal: $goal) { goal } }",
                new { target = targets[(int)(step.B % targets.Count)], unit = unit.Code, goal = (double)(step.B % 97) });
        }

        private static async Task<GraphQLResponse?> CompleteMilestoneAsync(ProductFactory host, Step step)
        {
            var targets = await TargetsAsync(host, TargetKind.Milestone);
            return targets.Count == 0 ? null : await Admin(host, "56").SendAsync(
                "mutation($target: String!, $on: Date!) { completeMilestone(planCode: \"223/KH-BTV\", targetCode: $target, unitCode: \"56\", completedOn: $on) { completedOn } }",
                new { target = targets[(int)(step.B % targets.Count)], on = Iso(step.Day) });
        }

        private async Task<GraphQLResponse?> AddUnitAsync(ProductFactory host, UnitTree tree, Step step)
        {
            // A new base union under a district (or the province after the merge), or a branch under a base union.
            var branch = step.B % 2 == 0;
            var parent = branch ? Pick(tree, step.A, step.Day, true, "base") : Pick(tree, step.A, step.Day, true, "district") ?? tree.Find("56", step.Day);
            if (parent is null)
            {
                return null;
            }

            var code = $"T{++_serial}";
            var response = await AdminFor(host, tree, parent.Code, step.Day).SendAsync(
                "mutation($input: AddUnitInput!) { addUnit(input: $input) { code } }",
                new { input = new { code, placeName = $"Thử nghiệm {code}", level = branch ? "BRANCH" : "BASE", parentCode = parent.Code, validFrom = Iso(step.Day) } });
            if (response.Errors.Count == 0)
            {
                _added.Add(code);
            }

            return response;
        }

        private static async Task<GraphQLResponse?> RenameUnitAsync(ProductFactory host, UnitTree tree, Step step)
        {
            var unit = Pick(tree, step.A, Today, true, "base");
            return unit is null ? null : await Admin(host, "56").SendAsync(
                "mutation($code: String!, $name: String!) { renameUnit(code: $code, name: $name) { code } }",
                new { code = unit.Code, name = $"Hội LHPN {unit.PlaceName} ({step.B % 100})" });
        }

        private async Task<GraphQLResponse?> CloseUnitAsync(ProductFactory host, UnitTree tree, Step step)
        {
            // Units this run added close into a sibling (their work then counts there), or into nothing (then their parent).
            var unit = _added.Select(code => tree.Find(code, step.Day)).OfType<Unit>().Where(u => u.ValidTo is null).Skip((int)(step.A % Math.Max(_added.Count, 1))).FirstOrDefault()
                ?? Pick(tree, step.A, step.Day, true, "base");
            if (unit is null)
            {
                return null;
            }

            var successor = step.B % 3 == 0 ? null : tree.ChildrenOn(unit.ParentId ?? 0, step.Day.AddDays(1)).FirstOrDefault(s => s.Id != unit.Id && s.LevelKey == unit.LevelKey);
            return await AdminFor(host, tree, unit.Code, step.Day).SendAsync(
                "mutation($code: String!, $to: Date!, $successor: String) { closeUnit(code: $code, validTo: $to, successorCode: $successor) { code } }",
                new { code = unit.Code, to = Iso(step.Day), successor = successor?.Code });
        }

        private static async Task<List<string>> TargetsAsync(ProductFactory host, TargetKind kind)
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<CoreDbContext>>().CreateDbContextAsync();
            return await db.Targets.AsNoTracking().Where(t => t.Kind == kind).OrderBy(t => t.SortOrder).Select(t => t.Code).ToListAsync();
        }

        private List<Written> Records(string kind) => _records.TryGetValue(kind, out var list) ? list : _records[kind] = [];
    }
}
