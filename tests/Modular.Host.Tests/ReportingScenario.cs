using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>
/// A base union's six-month report walked through submit, approve, unlock, accept and return, with every write path
/// tried inside and outside the approved period: the same on every storage provider. Thị trấn Trường Sa (22736)
/// reports to Huyện Trường Sa (576), which reports to the province (56). Completeness and timeliness likewise
/// (<see cref="CompletenessAsync"/>).
/// </summary>
internal static class ReportingScenario
{
    public const string Commune = "22736";
    public const string District = "576";
    public const string Approver = "Lê Thị Duyệt";
    public const string Acceptor = "Phạm Thị Hương";
    public const string Reporter = "Nguyễn Thị Lan";

    private const string Inside = "2025-03-10";
    private const string Outside = "2025-07-01";

    /// <summary>One kind of record of each module, written the same way: create, update, delete by GraphQL.</summary>
    public static readonly RecordKind[] Kinds =
    [
        new("economy", "Household", "EconomyHouseholdInput", (unit, day, text) => new
        {
            unitCode = unit, headName = $"Trần Thị Mai {text}", village = "Tổ dân phố 1", statusAtStart = "POOR", supportStartedOn = day, support = "LOAN",
            supportDetails = (string?)null, exitedPovertyOn = day,
        }),
        new("family", "CommunityWork", "FamilyCommunityWorkInput", (unit, day, text) => new { unitCode = unit, name = $"Đường hoa {text}", registeredOn = day, carriedOutOn = day }),
        new("party", "Supervision", "PartySupervisionInput", (unit, day, text) => new
        {
            unitCode = unit, heldOn = day, policy = $"Chính sách bảo hiểm y tế {text}", periodFrom = "2024-01-01", periodTo = "2024-12-31",
            findings = (string?)null, recommendations = (string?)null, followUp = (string?)null,
        }),
        new("organisation", "JointActivity", "OrganisationJointActivityInput", (unit, day, text) => new
        {
            unitCode = unit, title = $"Ngày hội {text}", partners = "Đoàn Thanh niên", heldOn = day, participants = 40,
        }),
    ];

    public static async Task RunAsync(ReportingProduct product)
    {
        var clock = product.Clock;
        var reporter = product.ClientFor(Commune, Role.Reporter, Reporter);
        var approver = product.ClientFor(District, Role.Manager, Approver);
        var acceptor = product.ClientFor("56", Role.Manager, Acceptor);

        // Records of the first half, written before the period ends; it cannot be reported yet.
        clock.Set(new DateOnly(2025, 6, 20));
        var inside = new Dictionary<string, string>();
        foreach (var kind in Kinds)
        {
            inside[kind.ModuleKey] = await kind.CreateAsync(reporter, Commune, Inside, "tháng 3");
        }

        var early = await reporter.ErrorAsync(Step("submitReport"), Input("economy", "Báo cáo 6 tháng"));
        Assert.Equal(("VALIDATION", "periodCode"), (early.Code, early.Field));
        Assert.Contains("30/06/2025", early.Message, StringComparison.Ordinal);

        // 2 July: the commune submits every module; its figures as of 30/06 are kept.
        clock.Set(new DateOnly(2025, 7, 2));
        var outside = new Dictionary<string, string>();
        foreach (var kind in Kinds)
        {
            outside[kind.ModuleKey] = await kind.CreateAsync(reporter, Commune, Outside, "tháng 7");
            var submitted = (await reporter.DataAsync(Step("submitReport"), Input(kind.ModuleKey, "Báo cáo 6 tháng đầu năm")))["submitReport"]!;
            Assert.Equal(("SUBMITTED", false, Reporter), (Text(submitted["state"]), submitted["locked"]!.GetValue<bool>(), Text(submitted["submittedBy"])));
        }

        var report = await ReportAsync(reporter, "economy");
        Assert.Equal("2025-07-02", Text(report["firstSubmittedOn"]));
        Assert.Equal((1.0, 1.0, 0.0, false), Figure(report, "2.2a")); // one household out of poverty in March

        Assert.Equal("CONFLICT", (await reporter.ErrorAsync(Step("submitReport"), Input("economy", null))).Code);
        Assert.Equal("FORBIDDEN", (await product.ClientFor(Commune, Role.Manager).ErrorAsync(Step("approveReport"), Input("economy", null))).Code);
        Assert.Equal("FORBIDDEN", (await product.ClientFor("22737", Role.Reporter).ErrorAsync(Step("submitReport"), Input("family", null))).Code);

        // The district approves: the commune's writes dated in the first half are locked, in every module.
        foreach (var kind in Kinds)
        {
            var approved = (await approver.DataAsync(Step("approveReport"), Input(kind.ModuleKey, "Đạt")))["approveReport"]!;
            Assert.Equal(("APPROVED", true, Approver), (Text(approved["state"]), approved["locked"]!.GetValue<bool>(), Text(approved["approvedBy"])));
        }

        Assert.Equal("FORBIDDEN", (await approver.ErrorAsync(Step("acceptReport"), Input("economy", null))).Code); // the province accepts
        foreach (var kind in Kinds)
        {
            await LockedAsync(kind, reporter, inside[kind.ModuleKey], outside[kind.ModuleKey]);
        }

        await ReportedValuesAsync(reporter);
        await MembersAsync(reporter);
        await FileImportAsync(reporter);

        // Reading is never locked.
        var households = await reporter.DataAsync($$"""{ economy { households(unitCode: "{{Commune}}", from: "2025-01-01", to: "2025-06-30") { totalCount } } }""");
        Assert.Equal(1, households["economy"]!["households"]!["totalCount"]!.GetValue<int>());

        // Demo data (the bulk path of every module) keeps out of the approved first half and fills the second.
        clock.Set(new DateOnly(2025, 12, 31));
        await Modular.Host.Demo.SeedDemoCommand.SeedAsync(product.Factory.Services, "province", 1, fullRegister: false, TextWriter.Null, CancellationToken.None, Commune);
        foreach (var kind in Kinds)
        {
            // Each bulk write leaves an import entry with the first and last of its records' own days.
            var imports = (await approver.DataAsync(
                $$"""{ auditTrail(unitCode: "{{Commune}}", moduleKey: "{{kind.ModuleKey}}", take: 200) { items { action recordFrom recordTo } } }"""))["auditTrail"]!["items"]!.AsArray()
                .Where(e => Text(e!["action"]) == "import" && e["recordFrom"] is not null).ToList();
            Assert.NotEmpty(imports);
            Assert.All(imports, e => Assert.True(string.CompareOrdinal(Text(e!["recordFrom"]), "2025-07-01") >= 0, $"{kind.ModuleKey}: {e}"));
        }

        Assert.Equal((1.0, 1.0, 0.0, false), Figure(await ReportAsync(reporter, "economy"), "2.2a"));

        var values = await reporter.DataAsync($$"""{ reportedValues(unitCode: "{{Commune}}") { indicator periodStart } }""");
        Assert.All(values["reportedValues"]!.AsArray(), v => Assert.Equal("2025-07-01", Text(v!["periodStart"])));

        // The district unlocks with a reason; a late correction goes in, and the report shows it against its snapshot.
        var noReason = await approver.ErrorAsync(Step("unlockReport"), Input("economy", " "));
        Assert.Equal(("VALIDATION", "note"), (noReason.Code, noReason.Field));
        var unlocked = (await approver.DataAsync(Step("unlockReport"), Input("economy", "Bổ sung hộ thoát nghèo tháng 4")))["unlockReport"]!;
        Assert.Equal(("SUBMITTED", false), (Text(unlocked["state"]), unlocked["locked"]!.GetValue<bool>()));
        await Kinds[0].CreateAsync(reporter, Commune, "2025-04-01", "tháng 4");
        report = await ReportAsync(reporter, "economy");
        Assert.Equal((1.0, 2.0, 1.0, true), Figure(report, "2.2a"));
        Assert.All(report["figures"]!.AsArray().Where(f => Text(f!["target"]!["code"]) != "2.2a"), f => Assert.False(f!["changed"]!.GetValue<bool>()));

        // Approved again, then accepted by the province; only the accepting level may return it now.
        await approver.DataAsync(Step("approveReport"), Input("economy", null));
        var accepted = (await acceptor.DataAsync(Step("acceptReport"), Input("economy", "Tiếp nhận")))["acceptReport"]!;
        Assert.Equal(("ACCEPTED", true, Acceptor), (Text(accepted["state"]), accepted["locked"]!.GetValue<bool>(), Text(accepted["acceptedBy"])));
        Assert.Equal("LOCKED", (await Kinds[0].SendCreateAsync(reporter, Commune, "2025-05-05", "tháng 5")).Code);
        Assert.Equal("FORBIDDEN", (await approver.ErrorAsync(Step("returnReport"), Input("economy", "Sai số liệu"))).Code);

        var returned = (await acceptor.DataAsync(Step("returnReport"), Input("economy", "Số liệu hộ thoát nghèo chưa khớp với biểu mẫu")))["returnReport"]!;
        Assert.Equal(("NOT_SUBMITTED", "Số liệu hộ thoát nghèo chưa khớp với biểu mẫu"), (Text(returned["state"]), Text(returned["returnReason"])));
        await Kinds[0].CreateAsync(reporter, Commune, "2025-05-05", "tháng 5"); // reopened: writes go in again

        // Submitted again: a new snapshot; timeliness still counts the first submission.
        var again = (await reporter.DataAsync(Step("submitReport"), Input("economy", "Báo cáo bổ sung")))["submitReport"]!;
        Assert.Equal(("SUBMITTED", "2025-07-02"), (Text(again["state"]), Text(again["firstSubmittedOn"])));
        report = await ReportAsync(reporter, "economy");
        Assert.Equal((3.0, 3.0, 0.0, false), Figure(report, "2.2a"));
        var history = report["history"]!.AsArray().Select(h => (Text(h!["action"]), Text(h["toState"]), Text(h["by"]))).ToList();
        Assert.Equal(
            [
                ("SUBMIT", "SUBMITTED", Reporter), ("APPROVE", "APPROVED", Approver), ("UNLOCK", "SUBMITTED", Approver), ("APPROVE", "APPROVED", Approver),
                ("ACCEPT", "ACCEPTED", Acceptor), ("RETURN", "NOT_SUBMITTED", Acceptor), ("SUBMIT", "SUBMITTED", Reporter),
            ],
            history);
        Assert.Equal("Bổ sung hộ thoát nghèo tháng 4", Text(report["history"]![2]!["note"]));

        // Every step is in the audit trail of the commune.
        var audit = await approver.DataAsync($$"""{ auditTrail(unitCode: "{{Commune}}", moduleKey: "economy", take: 200) { items { action entity user } } }""");
        var entries = audit["auditTrail"]!["items"]!.AsArray();
        Assert.Equal(history.Count, entries.Count(e => Text(e!["entity"]) == "PeriodReportStep" && Text(e["action"]) == "create"));
        Assert.Contains(entries, e => Text(e!["entity"]) == "PeriodReport" && Text(e["action"]) == "update" && Text(e["user"]) == Acceptor);
    }

    /// <summary>The first day of <see cref="CompletenessAsync"/>: before Song Tử Tây closes.</summary>
    public static readonly DateOnly CompletenessStart = new(2025, 6, 1);

    /// <summary>
    /// Completeness and timeliness of the first half's economy reports, with expected values counted by hand: a unit
    /// closed mid-period (Song Tử Tây, 31/05), a module switched off at one unit (Sinh Tồn, from 01/03), a report on
    /// time and two late. The product starts on <see cref="CompletenessStart"/>.
    /// </summary>
    public static async Task CompletenessAsync(ReportingProduct product)
    {
        var admin = product.ClientFor("56", Role.Admin);

        // Huyện Trường Sa (576): Song Tử Tây (22737) closes on 31/05 into Thị trấn Trường Sa (22736); Sinh Tồn (22739)
        // switches the economy module off from 01/03.
        await admin.DataAsync("""mutation { closeUnit(code: "22737", validTo: "2025-05-31", successorCode: "22736") { code } }""");
        await admin.DataAsync("""mutation { switchModule(unitCode: "22739", moduleKey: "economy", enabled: false, effectiveFrom: "2025-03-01") { code } }""");

        // Thị trấn Trường Sa submits on 03/07 (due 05/07: on time), the district and Tô Hạp (22714, Khánh Sơn) on 09/07 (4 days late).
        product.Clock.Set(new DateOnly(2025, 7, 3));
        await product.ClientFor("22736", Role.Reporter).DataAsync(Step("submitReport"), Input("economy", null, "22736"));
        product.Clock.Set(new DateOnly(2025, 7, 9));
        await product.ClientFor("576", Role.Reporter).DataAsync(Step("submitReport"), Input("economy", null, "576"));
        await product.ClientFor("22714", Role.Reporter).DataAsync(Step("submitReport"), Input("economy", null, "22714"));
        await product.ClientFor("576", Role.Manager).DataAsync(Step("approveReport"), Input("economy", null, "22736"));
        product.Clock.Set(new DateOnly(2025, 7, 10));

        const string Query = """
            query($unit: String!, $module: String!) { reportingCompleteness(planCode: "223/KH-BTV", periodCode: "6T", moduleKey: $module, unitCode: $unit) {
              expected submitted submittedOnTime approved accepted submittedRate onTimeRate approvedRate
              late { unit { code } state submittedOn daysLate }
              children { unit { code } expected submitted submittedOnTime approved submittedRate onTimeRate approvedRate
                children { unit { code } expected submitted approved submittedRate } } } }
            """;
        var viewer = product.ClientFor("576", Role.Viewer);

        // At the district: itself (it reports to the province) and Thị trấn Trường Sa; Song Tử Tây closed before 30/06 and
        // Sinh Tồn has the module off. 2 expected, 2 submitted, 1 on time, 1 approved.
        var district = (await viewer.DataAsync(Query, new { unit = "576", module = "economy" }))["reportingCompleteness"]!;
        Assert.Equal((2, 2, 1, 1, 0), Counts(district));
        Assert.Equal((100.0, 50.0, 50.0), (district["submittedRate"].Number(), district["onTimeRate"].Number(), district["approvedRate"].Number()));
        Assert.Equal(["22736", "22739"], district["children"]!.AsArray().Select(c => Text(c!["unit"]!["code"])));
        var sinhTon = district["children"]![1]!;
        Assert.Equal(0, sinhTon["expected"]!.GetValue<int>());
        Assert.Null(sinhTon["submittedRate"]);
        var late = Assert.Single(district["late"]!.AsArray())!;
        Assert.Equal(("576", "SUBMITTED", "2025-07-09", 4), (Text(late["unit"]!["code"]), Text(late["state"]), Text(late["submittedOn"]), late["daysLate"]!.GetValue<int>()));

        // The family module is on everywhere: Sinh Tồn is expected too; nobody has submitted.
        var family = (await viewer.DataAsync(Query, new { unit = "576", module = "family" }))["reportingCompleteness"]!;
        Assert.Equal((3, 0, 0, 0, 0), Counts(family));

        // At the province: 9 districts + 132 base unions - Song Tử Tây (closed) - Sinh Tồn (module off) = 139 expected;
        // 3 submitted (2,2%), 1 on time (0,7%), 1 approved (0,7%). Late: the 136 not submitted, 5 days past the due date,
        // then Tô Hạp and the district, submitted 4 days late.
        var province = (await viewer.DataAsync(Query, new { unit = "56", module = "economy" }))["reportingCompleteness"]!;
        Assert.Equal((139, 3, 1, 1, 0), Counts(province));
        Assert.Equal((2.2, 0.7, 0.7), (province["submittedRate"].Number(), province["onTimeRate"].Number(), province["approvedRate"].Number()));
        var lateUnits = province["late"]!.AsArray();
        Assert.Equal(138, lateUnits.Count);
        Assert.All(lateUnits.Take(136), l => Assert.Equal(("NOT_SUBMITTED", 5), (Text(l!["state"]), l["daysLate"]!.GetValue<int>())));
        Assert.Equal(["22714", "576"], lateUnits.Skip(136).Select(l => Text(l!["unit"]!["code"])));
        var children = province["children"]!.AsArray();
        Assert.Equal(9, children.Count);
        Assert.Equal(139, children.Sum(c => c!["expected"]!.GetValue<int>()));
        Assert.Equal((2, 2, 1, 1, 0), Counts(children.Single(c => Text(c!["unit"]!["code"]) == "576")!));
        Assert.Equal(9, children.Single(c => Text(c!["unit"]!["code"]) == "575")!["expected"]!.GetValue<int>()); // Khánh Sơn and its 8 communes
    }

    private static (int, int, int, int, int) Counts(JsonNode node) =>
        (node["expected"]!.GetValue<int>(), node["submitted"]!.GetValue<int>(), node["submittedOnTime"]!.GetValue<int>(), node["approved"]!.GetValue<int>(), node["accepted"]?.GetValue<int>() ?? 0);

    private static async Task LockedAsync(RecordKind kind, GraphQLClient reporter, string insideId, string outsideId)
    {
        var refused = await kind.SendCreateAsync(reporter, Commune, "2025-03-15", "khóa");
        Assert.Equal("LOCKED", refused.Code);
        Assert.Contains("6 tháng đầu năm 2025", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Thị trấn Trường Sa", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"{Approver} phê duyệt ngày 02/07/2025", refused.Message, StringComparison.Ordinal);
        Assert.Contains("15/03/2025", refused.Message, StringComparison.Ordinal);

        Assert.Equal("LOCKED", Code(await kind.SendUpdateAsync(reporter, insideId, Commune, Inside, "sửa")));
        Assert.Equal("LOCKED", Code(await kind.SendUpdateAsync(reporter, outsideId, Commune, "2025-03-20", "dời"))); // moved into the period
        Assert.Equal("LOCKED", Code(await kind.SendDeleteAsync(reporter, insideId)));

        // Outside the period everything goes on.
        var id = await kind.CreateAsync(reporter, Commune, "2025-07-02", "mới");
        Assert.Null(Code(await kind.SendUpdateAsync(reporter, outsideId, Commune, Outside, "tháng 7 sửa")));
        Assert.Null(Code(await kind.SendDeleteAsync(reporter, id)));
    }

    /// <summary>A sheet of loans: the row dated in the approved half is refused, and with it the whole file unless the valid rows are asked for.</summary>
    private static async Task FileImportAsync(GraphQLClient reporter)
    {
        var csv = System.Text.Encoding.UTF8.GetBytes(
            "Mã đơn vị;Nguồn vốn;Người vay;Số tiền (đồng);Ngày vay\n"
            + $"{Commune};Ngân hàng Chính sách xã hội (ủy thác qua Hội);Nguyễn Thị Hoa;\"50.000.000\";04/03/2025\n"
            + $"{Commune};Tổ tiết kiệm và vay vốn của Hội;Trần Thị Bé;1.100;01/07/2025\n");
        Task<(System.Net.HttpStatusCode Status, JsonNode Body)> ImportAsync(string path) => PostFileAsync(reporter, path, csv, "vay.csv");

        var refused = await ImportAsync("/files/economy/loans");
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, refused.Status);
        var error = Assert.Single(refused.Body["errors"]!.AsArray())!;
        Assert.Equal((2, "LOCKED"), (error["row"]!.GetValue<int>(), Text(error["code"])));
        Assert.Contains("6 tháng đầu năm 2025", Text(error["message"]), StringComparison.Ordinal);

        var valid = await ImportAsync("/files/economy/loans?skipRefused=true");
        Assert.Equal(System.Net.HttpStatusCode.OK, valid.Status);
        var loans = await reporter.DataAsync($$"""{ economy { loans(unitCode: "{{Commune}}") { items { borrowerName loanedOn } } } }""");
        Assert.Equal("2025-07-01", Text(Assert.Single(loans["economy"]!["loans"]!["items"]!.AsArray())!["loanedOn"]));
    }

    private static async Task<(System.Net.HttpStatusCode Status, JsonNode Body)> PostFileAsync(GraphQLClient client, string path, byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        using var response = await client.Http.PostAsync(path, new MultipartFormDataContent { { file, "file", name } });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task ReportedValuesAsync(GraphQLClient reporter)
    {
        const string Report = "mutation($input: ReportValueInput!) { reportValue(input: $input) { value } }";
        var refused = await reporter.ErrorAsync(Report, new { input = new { indicator = "organisation.women-18plus", unitCode = Commune, periodStart = "2025-01-01", periodEnd = "2025-06-30", value = 1200.0 } });
        Assert.Equal("LOCKED", refused.Code);
        Assert.Contains("từ 01/01/2025 đến 30/06/2025", refused.Message, StringComparison.Ordinal);
        await reporter.DataAsync(Report, new { input = new { indicator = "organisation.women-18plus", unitCode = Commune, periodStart = "2025-07-01", periodEnd = "2025-12-31", value = 1210.0 } });
    }

    private static async Task MembersAsync(GraphQLClient reporter)
    {
        const string Create = "mutation($input: OrganisationCreateMemberInput!) { organisation { createMember(input: $input) { id } } }";
        var refused = await reporter.ErrorAsync(Create, new { input = new { unitCode = Commune, fullName = "Võ Thị Hạnh", birthYear = 1990, ethnicity = "Kinh", joinedOn = "2025-03-01" } });
        Assert.Equal("LOCKED", refused.Code);

        // The register's file import: the member who joined in the approved half is refused the same way.
        var sheet = await PostFileAsync(reporter, "/files/organisation/members", System.Text.Encoding.UTF8.GetBytes(
            $"Mã đơn vị;Họ tên;Năm sinh;Dân tộc;Ngày vào Hội\n{Commune};Võ Thị Hạnh;1990;Kinh;01/03/2025\n{Commune};Đinh Thị Lụa;1995;Raglai;02/07/2025\n"), "hoi-vien.csv");
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, sheet.Status);
        var locked = Assert.Single(sheet.Body["errors"]!.AsArray())!;
        Assert.Equal((2, "LOCKED"), (locked["row"]!.GetValue<int>(), Text(locked["code"])));
        Assert.Contains("6 tháng đầu năm 2025", Text(locked["message"]), StringComparison.Ordinal);

        var member = await reporter.DataAsync(Create, new { input = new { unitCode = Commune, fullName = "Võ Thị Hạnh", birthYear = 1990, ethnicity = "Kinh", joinedOn = "2025-07-01" } });
        Assert.NotNull(member["organisation"]!["createMember"]!["id"]);
    }

    public static string Step(string field) =>
        $"mutation($input: ReportStepInput!) {{ {field}(input: $input) {{ state locked submittedBy firstSubmittedOn approvedBy acceptedBy returnReason }} }}";

    public static object Input(string moduleKey, string? note, string unitCode = Commune, string periodCode = "6T") =>
        new { input = new { planCode = "223/KH-BTV", periodCode, unitCode, moduleKey, note } };

    public static async Task<JsonNode> ReportAsync(GraphQLClient client, string moduleKey, string unitCode = Commune) =>
        (await client.DataAsync(
            """
            query($unit: String!, $module: String!) { periodReport(planCode: "223/KH-BTV", periodCode: "6T", unitCode: $unit, moduleKey: $module) {
              state firstSubmittedOn history { action fromState toState by note }
              figures { target { code } snapshot { actual } live { actual } actualDifference changed } } }
            """,
            new { unit = unitCode, module = moduleKey }))["periodReport"]!;

    /// <summary>A target's snapshot actual, live actual, difference and whether it changed.</summary>
    public static (double Snapshot, double Live, double Difference, bool Changed) Figure(JsonNode report, string targetCode)
    {
        var figure = report["figures"]!.AsArray().Single(f => Text(f!["target"]!["code"]) == targetCode)!;
        return (figure["snapshot"]!["actual"].Number(), figure["live"]!["actual"].Number(), figure["actualDifference"].Number(), figure["changed"]!.GetValue<bool>());
    }

    public static string Text(JsonNode? node) => node!.GetValue<string>();

    private static string? Code(GraphQLResponse response) => response.Errors.FirstOrDefault()?.Code;
}

/// <summary>A module's kind of record as its GraphQL fields write it; the input from a unit, a day and a distinguishing text.</summary>
internal sealed record RecordKind(string ModuleKey, string Name, string InputType, Func<string, string, string, object> Input)
{
    private string Field => ModuleKey;

    public async Task<string> CreateAsync(GraphQLClient client, string unit, string day, string text)
    {
        var data = await client.DataAsync($"mutation($input: {InputType}!) {{ {Field} {{ create{Name}(input: $input) {{ id }} }} }}", new { input = Input(unit, day, text) });
        return data[Field]![$"create{Name}"]!["id"]!.GetValue<string>();
    }

    public async Task<GraphQLError> SendCreateAsync(GraphQLClient client, string unit, string day, string text) =>
        await client.ErrorAsync($"mutation($input: {InputType}!) {{ {Field} {{ create{Name}(input: $input) {{ id }} }} }}", new { input = Input(unit, day, text) });

    public Task<GraphQLResponse> SendUpdateAsync(GraphQLClient client, string id, string unit, string day, string text) =>
        client.SendAsync($"mutation($id: ID!, $input: {InputType}!) {{ {Field} {{ update{Name}(id: $id, input: $input) {{ id }} }} }}", new { id, input = Input(unit, day, text) });

    public Task<GraphQLResponse> SendDeleteAsync(GraphQLClient client, string id) =>
        client.SendAsync($"mutation($id: ID!) {{ {Field} {{ delete{Name}(id: $id) }} }}", new { id });
}
