using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>Sheets in and out through <c>/files</c>: real .xlsx and .csv files written with MiniExcel, checked against what the API answers.</summary>
public sealed class FileTransferTests : IDisposable
{
    private const string Households = "/files/economy/households";

    private const string Members = "/files/organisation/members";

    private readonly ProductFactory _product = new();

    public void Dispose() => _product.Dispose();

    [Fact]
    public async Task A_household_sheet_is_checked_then_imported_and_importing_it_again_changes_nothing()
    {
        var reporter = _product.ClientFor("568", Role.Reporter, "Nguyễn Thị Lan");
        var rows = new List<Dictionary<string, object?>>
        {
            Household("22330", "Nguyễn Thị Hoa", "Tổ 5, Vĩnh Hải", new DateTime(2025, 3, 4), "Hộ nghèo", "Vay vốn"),
            Household("22330 - Phường Vĩnh Hải", "Trần Thị Bé", "Thôn Đất Lành", "05/03/2025", "Hộ cận nghèo", "Đào tạo nghề"),
            Household("22333", "Lê Thị Mai", "Tổ 2", 45723d, "NEAR_POOR", "Mô hình sinh kế"), // an Excel day number: 07/03/2025
        };
        var file = Xlsx(rows, formula: ("B3", "UPPER(\"Trần Thị Bé\")")); // a formula within the sheet keeps its value

        var dry = await ImportAsync(reporter, Households + "?dryRun=true", file, "ho-ngheo.xlsx");
        Assert.Equal(HttpStatusCode.OK, dry.Status);
        Assert.Equal((3, 3, 0, 0, 0), Counts(dry.Body));
        Assert.False(dry.Body["written"]!.GetValue<bool>());
        Assert.Equal(0, await TotalAsync(reporter, "households"));

        var real = await ImportAsync(reporter, Households, file, "ho-ngheo.xlsx");
        Assert.Equal(HttpStatusCode.OK, real.Status);
        Assert.True(real.Body["written"]!.GetValue<bool>());
        Assert.Equal((3, 3, 0, 0, 0), Counts(real.Body));
        var listed = await reporter.DataAsync("""{ economy { households(unitCode: "568", take: 10) { items { headName village statusAtStart support supportStartedOn unit { code } } } } }""");
        var items = listed["economy"]!["households"]!["items"]!.AsArray();
        var bé = items.Single(i => i!["village"]!.GetValue<string>() == "Thôn Đất Lành")!;
        Assert.Equal("Trần Thị Bé", bé["headName"]!.GetValue<string>()); // the value Excel computed, kept with the formula
        Assert.Equal("2025-03-05", bé["supportStartedOn"]!.GetValue<string>());
        Assert.Equal("VOCATIONAL_TRAINING", bé["support"]!.GetValue<string>());
        var mai = items.Single(i => i!["headName"]!.GetValue<string>() == "Lê Thị Mai")!;
        Assert.Equal(("2025-03-07", "NEAR_POOR", "22333"), (mai["supportStartedOn"]!.GetValue<string>(), mai["statusAtStart"]!.GetValue<string>(), mai["unit"]!["code"]!.GetValue<string>()));

        var again = await ImportAsync(reporter, Households, file, "ho-ngheo.xlsx");
        Assert.Equal((3, 0, 0, 3, 0), Counts(again.Body));
        Assert.Equal(3, await TotalAsync(reporter, "households"));

        rows[0]["Hình thức hỗ trợ"] = "Hỗ trợ vốn bằng hiện vật";
        var changed = await ImportAsync(reporter, Households, Xlsx(rows), "ho-ngheo-sua.xlsx");
        Assert.Equal((3, 0, 1, 2, 0), Counts(changed.Body));
        Assert.Equal(3, await TotalAsync(reporter, "households"));

        var manager = _product.ClientFor("568", Role.Manager);
        var trail = await manager.DataAsync("""{ auditTrail(unitCode: "568", moduleKey: "economy", take: 50) { items { user action entity entityKey after } } }""");
        var files = trail["auditTrail"]!["items"]!.AsArray().Where(e => e!["action"]!.GetValue<string>() == "import" && e["entityKey"]!.GetValue<string>().Length == 64).ToList();
        Assert.Equal(3, files.Count);
        var first = JsonNode.Parse(files.Last()!["after"]!.GetValue<string>())!;
        Assert.Equal(("ho-ngheo.xlsx", 3, 3), (first["file"]!.GetValue<string>(), first["rows"]!.GetValue<int>(), first["created"]!.GetValue<int>()));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file)), first["sha256"]!.GetValue<string>());
        Assert.Equal("Nguyễn Thị Lan", files.Last()!["user"]!.GetValue<string>());
        Assert.Contains(trail["auditTrail"]!["items"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "update" && e["entity"]!.GetValue<string>() == "SupportedHousehold");
    }

    [Fact]
    public async Task A_refused_row_stops_the_whole_import_unless_the_valid_rows_are_asked_for()
    {
        var admin = _product.ClientFor("56", Role.Admin);
        await admin.DataAsync("""mutation { switchModule(unitCode: "22336", moduleKey: "economy", enabled: false, effectiveFrom: "2025-01-01") { code } }""");
        var reporter = _product.ClientFor("568", Role.Reporter);
        var file = Xlsx([
            Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "04/03/2025", "Hộ nghèo", "Vay vốn"),
            Household("99999", "Phạm Thị Một", "Tổ 1", "04/03/2025", "Hộ nghèo", "Vay vốn"),
            Household("22408", "Phạm Thị Hai", "Tổ 1", "04/03/2025", "Hộ nghèo", "Vay vốn"),
            Household("22336", "Phạm Thị Ba", "Tổ 1", "04/03/2025", "Hộ nghèo", "Vay vốn"),
            Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "06/03/2025", "Hộ nghèo", "Vay vốn"),
            Household("22330", "Phạm Thị Năm", "Tổ 1", "31/02/2025", "Hộ nghèo", "Vay vốn"),
            Household("22330", "Phạm Thị Sáu", "Tổ 1", "04/03/2025", "Hộ rất nghèo", "Vay vốn"),
        ]);

        var refused = await ImportAsync(reporter, Households, file, "sai.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.False(refused.Body["written"]!.GetValue<bool>());
        Assert.Equal((7, 1, 0, 0, 6), Counts(refused.Body));
        var errors = refused.Body["errors"]!.AsArray().ToDictionary(e => e!["row"]!.GetValue<int>(), e => e!);
        Assert.Equal([3, 4, 5, 6, 7, 8], errors.Keys.Order());
        Assert.Equal(("Mã đơn vị", "99999", "NOT_FOUND"), Refusal(errors[3]));
        Assert.Equal(("Mã đơn vị", "22408", "FORBIDDEN"), Refusal(errors[4]));
        Assert.Equal("MODULE_OFF", errors[5]["code"]!.GetValue<string>());
        Assert.Equal("CONFLICT", errors[6]["code"]!.GetValue<string>());
        Assert.Contains("trùng", errors[6]["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(("Ngày bắt đầu hỗ trợ", "31/02/2025", "VALIDATION"), Refusal(errors[7]));
        Assert.Contains("dd/mm/yyyy", errors[7]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("Diện hộ khi bắt đầu hỗ trợ", "Hộ rất nghèo", "VALIDATION"), Refusal(errors[8]));
        Assert.Contains("Hộ cận nghèo", errors[8]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await TotalAsync(reporter, "households"));

        var valid = await ImportAsync(reporter, Households + "?skipRefused=true", file, "sai.xlsx");
        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.Equal((7, 1, 0, 0, 6), Counts(valid.Body));
        Assert.Equal(1, await TotalAsync(reporter, "households"));
    }

    [Fact]
    public async Task Unsafe_or_unreadable_files_are_refused_whole_with_a_clear_4xx()
    {
        var reporter = _product.ClientFor("568", Role.Reporter);
        var good = Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "04/03/2025", "Hộ nghèo", "Vay vốn");
        var missing = new Dictionary<string, object?>(good);
        missing.Remove("Họ tên chủ hộ");

        await RefusedAsync(reporter, Xlsx([missing]), "thieu-cot.xlsx", HttpStatusCode.UnprocessableEntity, "MISSING_COLUMN", "Họ tên chủ hộ");
        await RefusedAsync(reporter, Xlsx([good], formula: ("B2", "'[1]Sổ khác'!A1")), "lien-ket.xlsx", HttpStatusCode.UnprocessableEntity, "FORMULA_NOT_ALLOWED", "B2");
        await RefusedAsync(reporter, Xlsx([good], formula: ("B2", "Sheet2!A1")), "trang-khac.xlsx", HttpStatusCode.UnprocessableEntity, "FORMULA_NOT_ALLOWED", "B2");
        await RefusedAsync(reporter, Xlsx([good]), "macro.xlsm", HttpStatusCode.UnprocessableEntity, "MACRO_NOT_ALLOWED", "macro");
        await RefusedAsync(reporter, WithPart(Xlsx([good]), "xl/vbaProject.bin", new byte[100]), "an-macro.xlsx", HttpStatusCode.UnprocessableEntity, "MACRO_NOT_ALLOWED", "macro");
        await RefusedAsync(reporter, WithPart(Xlsx([good]), "xl/media/bom.bin", new byte[300 * 1024 * 1024]), "bom.xlsx", HttpStatusCode.UnprocessableEntity, "FILE_CORRUPT", "giải nén");
        await RefusedAsync(reporter, "không phải excel"u8.ToArray(), "hong.xlsx", HttpStatusCode.UnprocessableEntity, "FILE_CORRUPT", "bị hỏng");
        await RefusedAsync(reporter, Xlsx([good])[..600], "cat-ngang.xlsx", HttpStatusCode.UnprocessableEntity, "FILE_CORRUPT", "bị hỏng");
        await RefusedAsync(reporter, Encoding.Latin1.GetBytes("Mã đơn vị,Họ tên chủ hộ\n22330,Hoa\n"), "latin1.csv", HttpStatusCode.UnsupportedMediaType, "NOT_UTF8", "UTF-8");
        await RefusedAsync(reporter, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Mã đơn vị\n22330\n")).ToArray(), "utf16.csv", HttpStatusCode.UnsupportedMediaType, "NOT_UTF8", "UTF-8");
        Assert.Equal(0, await TotalAsync(reporter, "households"));

        var anonymous = await _product.CreateClient().PostAsync(Households, Form(Xlsx([good]), "a.xlsx"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (await Json(anonymous))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var viewer = await _product.ClientFor("568", Role.Viewer).Http.PostAsync(Households, Form(Xlsx([good]), "a.xlsx"));
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
    }

    [Fact]
    public async Task Csv_files_with_or_without_a_BOM_take_Vietnamese_numbers_and_dates()
    {
        var reporter = _product.ClientFor("568", Role.Reporter);
        const string Csv = "Mã đơn vị;Nguồn vốn;Người vay;Số tiền (đồng);Ngày vay\n"
            + "22330;Ngân hàng Chính sách xã hội (ủy thác qua Hội);Nguyễn Thị Hoa;\"50.000.000\";04/03/2025\n"
            + "22330;Tổ tiết kiệm và vay vốn của Hội;Trần Thị Bé;1.100;2025-03-05\n";
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv)).ToArray();

        var first = await ImportAsync(reporter, "/files/economy/loans", withBom, "vay.csv");
        Assert.Equal((2, 2, 0, 0, 0), Counts(first.Body));
        var second = await ImportAsync(reporter, "/files/economy/loans", Encoding.UTF8.GetBytes(Csv), "vay.csv");
        Assert.Equal((2, 0, 0, 2, 0), Counts(second.Body));

        var loans = await reporter.DataAsync("""{ economy { loans(unitCode: "22330") { items { borrowerName amount loanedOn source } } } }""");
        var amounts = loans["economy"]!["loans"]!["items"]!.AsArray().ToDictionary(l => l!["borrowerName"]!.GetValue<string>(), l => l!["amount"]!.GetValue<long>());
        Assert.Equal(50_000_000, amounts["Nguyễn Thị Hoa"]);
        Assert.Equal(1_100, amounts["Trần Thị Bé"]);
    }

    [Fact]
    public async Task Exports_read_back_hold_what_the_API_answers()
    {
        var reporter = _product.ClientFor("568", Role.Reporter);
        await ImportAsync(reporter, Households + "?skipRefused=true", Xlsx([
            Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "04/03/2025", "Hộ nghèo", "Vay vốn", exited: "20/06/2025"),
            Household("22333", "Trần Thị Bé", "Tổ 2", "05/03/2025", "Hộ cận nghèo", "Đào tạo nghề", exited: "21/06/2025"),
            Household("22408", "Ngoài Nha Trang", "Tổ 2", "05/03/2025", "Hộ cận nghèo", "Đào tạo nghề"),
        ]), "ho.xlsx");
        await ImportAsync(_product.ClientFor("569", Role.Reporter), Households, Xlsx([Household("22408", "Lê Thị Cam", "Tổ 1", "05/03/2025", "Hộ nghèo", "Vay vốn")]), "cam-ranh.xlsx");

        var export = await reporter.Http.GetAsync(Households + "?unitCode=568");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        var rows = Read(await export.Content.ReadAsByteArrayAsync());
        var api = (await reporter.DataAsync("""{ economy { households(unitCode: "568") { totalCount items { headName exitedPovertyOn unit { code } } } } }"""))["economy"]!["households"]!;
        Assert.Equal(api["totalCount"]!.GetValue<int>(), rows.Count);
        Assert.Equal(2, rows.Count); // the row of another district was refused, and Cam Ranh's household is not Nha Trang's
        Assert.Equal(
            api["items"]!.AsArray().Select(i => (i!["headName"]!.GetValue<string>(), i["unit"]!["code"]!.GetValue<string>())).Order(),
            rows.Select(r => ((string)r["Họ tên chủ hộ"]!, (string)r["Mã đơn vị"]!)).Order());
        Assert.Equal(new DateTime(2025, 6, 20), rows.Single(r => (string)r["Họ tên chủ hộ"]! == "Nguyễn Thị Hoa")["Ngày thoát nghèo, cận nghèo"]);
        Assert.Equal("Hộ nghèo", rows.Single(r => (string)r["Họ tên chủ hộ"]! == "Nguyễn Thị Hoa")["Diện hộ khi bắt đầu hỗ trợ"]);

        var csv = Encoding.UTF8.GetString(await reporter.Http.GetByteArrayAsync(Households + "?unitCode=568&format=csv&search=hoa"));
        Assert.StartsWith("\uFEFF", csv, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Hoa", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Trần Thị Bé", csv, StringComparison.Ordinal);
        Assert.Contains("20/06/2025", csv, StringComparison.Ordinal);

        var progress = await reporter.Http.GetAsync("/files/progress?unitCode=568&moduleKey=economy&asOf=2025-06-30");
        Assert.Equal(HttpStatusCode.OK, progress.StatusCode);
        var content = await progress.Content.ReadAsByteArrayAsync();
        var sheet = MiniExcel.Query(new MemoryStream(content), useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains("223/KH-BTV", (string)sheet[0]["A"]!, StringComparison.Ordinal);
        Assert.Equal("Tính đến ngày 30/06/2025", sheet[2]["A"]);
        var figures = await reporter.DataAsync("""{ plan(code: "223/KH-BTV") { progress(unitCode: "568", moduleKey: "economy", asOf: "2025-06-30") { target { code } goal actual children { unit { code } actual } } } }""");
        var own = sheet.Skip(5).Where(r => ((string?)r["A"])?.StartsWith("568 ", StringComparison.Ordinal) == true).ToDictionary(r => (string)r["B"]!);
        foreach (var target in figures["plan"]!["progress"]!.AsArray())
        {
            var row = own[target!["target"]!["code"]!.GetValue<string>()];
            Assert.Equal(Math.Round(target["goal"]!.GetValue<double>()), Convert.ToDouble(row["D"]));
            Assert.Equal(Math.Round(target["actual"]!.GetValue<double>()), Convert.ToDouble(row["E"]));
        }

        Assert.Contains(figures["plan"]!["progress"]!.AsArray(), t => t!["actual"]!.GetValue<double>() == 2);
        Assert.Contains(sheet, r => ((string?)r["A"])?.StartsWith("22330 ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Reported_values_of_a_districts_communes_come_in_one_sheet()
    {
        var reporter = _product.ClientFor("568", Role.Reporter);
        var template = await reporter.Http.GetAsync("/files/reported-values/template?indicator=organisation.women-18plus&unitCode=568&periodStart=2025-01-01&periodEnd=2025-06-30");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var rows = Read(await template.Content.ReadAsByteArrayAsync());
        Assert.Equal(22, rows.Count);
        Assert.All(rows, r => Assert.Equal("organisation.women-18plus", r["Mã chỉ số"]));
        var filled = rows.Select((r, i) => r.ToDictionary(c => c.Key, c => c.Key == "Giá trị" ? (object?)(1000 + i) : c.Value)).ToList();
        filled[0]["Giá trị"] = "1.100";

        var summary = await ImportAsync(reporter, "/files/reported-values", Xlsx(filled), "phu-nu-18.xlsx");
        Assert.Equal((22, 22, 0, 0, 0), Counts(summary.Body));
        var again = await ImportAsync(reporter, "/files/reported-values", Xlsx(filled), "phu-nu-18.xlsx");
        Assert.Equal((22, 0, 0, 22, 0), Counts(again.Body));

        var first = (string)rows[0]["Mã đơn vị"]!;
        var values = await reporter.DataAsync("query($u: String!) { reportedValues(unitCode: $u, indicator: \"organisation.women-18plus\") { value periodEnd supersededAt } }", new { u = first });
        Assert.Equal(1100, Assert.Single(values["reportedValues"]!.AsArray())!["value"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_template_has_the_headings_what_each_column_takes_and_drop_down_lists()
    {
        var reporter = _product.ClientFor("568", Role.Reporter);
        var content = await reporter.Http.GetByteArrayAsync(Households + "/template");
        using var stream = new MemoryStream(content);
        Assert.Equal(["Hộ nghèo, cận nghèo được hỗ trợ", "Hướng dẫn", "Danh mục"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var headings = MiniExcel.GetColumns(stream, useHeaderRow: true).ToList();
        Assert.Equal(["Mã đơn vị", "Họ tên chủ hộ", "Thôn, tổ dân phố", "Diện hộ khi bắt đầu hỗ trợ", "Ngày bắt đầu hỗ trợ", "Hình thức hỗ trợ", "Chi tiết hỗ trợ", "Ngày thoát nghèo, cận nghèo"], headings);
        stream.Position = 0;
        var lists = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Danh mục").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(lists, r => (string?)r["Đơn vị (mã - tên)"] == "22330 - Hội LHPN Phường Vĩnh Hải");
        Assert.DoesNotContain(lists, r => ((string?)r["Đơn vị (mã - tên)"])?.StartsWith("22408", StringComparison.Ordinal) == true);
        Assert.Contains(lists, r => (string?)r["Diện hộ khi bắt đầu hỗ trợ"] == "Hộ cận nghèo");
        using var zip = new ZipArchive(new MemoryStream(content));
        var sheetXml = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.Contains("<x:dataValidation type=\"list\"", sheetXml, StringComparison.Ordinal);
        Assert.Contains("'Danh mục'!$A$2", sheetXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_signed_in_by_the_web_apps_cookie_is_refused_without_the_pages_antiforgery_token_and_accepted_with_it()
    {
        await _product.ClientFor("56", Role.Admin).DataAsync(
            "mutation($p: String!) { createUser(input: { userName: \"lan.nt\", displayName: \"Nguyễn Thị Lan\", unitCode: \"22330\", role: REPORTER, password: $p }) { userName } }",
            new { p = "Hoilhpn2025" });
        using var browser = _product.CreateClient(); // keeps its cookies and follows redirects, as a browser does
        var signInPage = await browser.GetStringAsync("/dang-nhap");
        using var signedIn = await browser.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = AntiforgeryToken(signInPage),
            ["returnUrl"] = "/nhap-tep?loai=economy/households",
            ["userName"] = "lan.nt",
            ["password"] = "Hoilhpn2025",
        }));
        var importPage = await signedIn.Content.ReadAsStringAsync();
        Assert.Contains("Kiểm tra tệp", importPage, StringComparison.Ordinal); // her page, signed in by the cookie
        var file = Xlsx([Household("22330", "Nguyễn Thị Hoa", "Tổ 5", "04/03/2025", "Hộ nghèo", "Vay vốn")]);

        using var forged = await browser.PostAsync(Households, Form(file, "ho.xlsx"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("ANTIFORGERY", (await Json(forged))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var viewer = _product.ClientFor("568", Role.Viewer);
        Assert.Equal(0, await TotalAsync(viewer, "households"));

        var form = Form(file, "ho.xlsx");
        form.Add(new StringContent(AntiforgeryToken(importPage)), "__RequestVerificationToken");
        using var accepted = await browser.PostAsync(Households, form);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal((1, 1, 0, 0, 0), Counts(await Json(accepted)));
        Assert.Equal(1, await TotalAsync(viewer, "households"));
    }

    [Fact]
    public async Task The_member_register_has_a_template_an_import_and_an_export_like_every_kind()
    {
        var reporter = _product.ClientFor("568", Role.Reporter, "Nguyễn Thị Lan");
        var template = await reporter.Http.GetByteArrayAsync(Members + "/template");
        using (var stream = new MemoryStream(template))
        {
            Assert.Equal(["Hội viên", "Hướng dẫn", "Danh mục"], MiniExcel.GetSheetNames(stream));
            stream.Position = 0;
            Assert.Equal(["Mã đơn vị", "Họ tên", "Năm sinh", "Dân tộc", "Tôn giáo", "Chi hội", "Ngày vào Hội", "Ngày chuyển đến tỉnh"], MiniExcel.GetColumns(stream, useHeaderRow: true));
        }

        var admin = _product.ClientFor("56", Role.Admin);
        await admin.DataAsync("""mutation { switchModule(unitCode: "22336", moduleKey: "organisation", enabled: false, effectiveFrom: "2025-01-01") { code } }""");
        var rows = new List<Dictionary<string, object?>>
        {
            Member("22330", "Nguyễn Thị Hoa", 1990, "Kinh", "Chi hội Tổ 5", new DateTime(2025, 3, 4)),
            Member("22330 - Phường Vĩnh Hải", "Trần Thị Bé", 1985, "Chăm", null, "05/03/2025"),
            Member("22333", "H'Linh Niê", 2001, "Ê Đê", "Chi hội Thôn 2", 45723d), // an Excel day number: 07/03/2025
            Member("99999", "Phạm Thị Một", 1970, "Kinh", null, "04/03/2025"),
            Member("22408", "Phạm Thị Hai", 1971, "Kinh", null, "04/03/2025"),
            Member("22336", "Phạm Thị Ba", 1972, "Kinh", null, "04/03/2025"),
            Member("22330", "Nguyen Thi Hoa", 1990, "Kinh", null, "06/03/2025"),
        };
        var file = Xlsx(rows);

        var dry = await ImportAsync(reporter, Members + "?dryRun=true", file, "hoi-vien.xlsx");
        Assert.Equal(HttpStatusCode.OK, dry.Status);
        Assert.Equal((7, 3, 0, 0, 4), Counts(dry.Body));
        Assert.Equal(0, await MemberCountAsync(reporter));

        var refused = await ImportAsync(reporter, Members, file, "hoi-vien.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal((7, 3, 0, 0, 4), Counts(refused.Body));
        var errors = refused.Body["errors"]!.AsArray().ToDictionary(e => e!["row"]!.GetValue<int>(), e => e!);
        Assert.Equal([5, 6, 7, 8], errors.Keys.Order());
        Assert.Equal(("Mã đơn vị", "99999", "NOT_FOUND"), Refusal(errors[5]));
        Assert.Equal(("Mã đơn vị", "22408", "FORBIDDEN"), Refusal(errors[6]));
        Assert.Equal(("Mã đơn vị", "22336", "MODULE_OFF"), Refusal(errors[7]));
        Assert.Equal(("Họ tên", "Nguyen Thi Hoa", "CONFLICT"), Refusal(errors[8]));
        Assert.Contains("trùng", errors[8]["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await MemberCountAsync(reporter));

        var valid = await ImportAsync(reporter, Members + "?skipRefused=true", file, "hoi-vien.xlsx");
        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.True(valid.Body["written"]!.GetValue<bool>());
        Assert.Equal(3, await MemberCountAsync(reporter));

        // The same members again, as a CSV: nothing changes; a corrected branch updates her, with her history kept.
        const string Csv = "Mã đơn vị;Họ tên;Năm sinh;Dân tộc;Tôn giáo;Chi hội;Ngày vào Hội\n"
            + "22330;Nguyễn Thị Hoa;1990;Kinh;;Chi hội Tổ 5;04/03/2025\n"
            + "22330;Trần Thị Bé;1985;Chăm;;;05/03/2025\n"
            + "22333;H'Linh Niê;2001;Ê Đê;;Chi hội Thôn 2;2025-03-07\n";
        var again = await ImportAsync(reporter, Members, Encoding.UTF8.GetBytes(Csv), "hoi-vien.csv");
        Assert.Equal((3, 0, 0, 3, 0), Counts(again.Body));
        var corrected = await ImportAsync(reporter, Members, Encoding.UTF8.GetBytes(Csv.Replace("Chi hội Thôn 2", "Chi hội Thôn 3", StringComparison.Ordinal)), "hoi-vien-sua.csv");
        Assert.Equal((3, 0, 1, 2, 0), Counts(corrected.Body));
        Assert.Equal(3, await MemberCountAsync(reporter));

        var api = (await reporter.DataAsync("""{ organisation { members(unitCode: "568") { totalCount items { fullName birthYear branch joinedOn status unit { code } history { from startReason } } } } }"""))["organisation"]!["members"]!;
        var linh = api["items"]!.AsArray().Single(m => m!["fullName"]!.GetValue<string>() == "H'Linh Niê")!;
        Assert.Equal(("Chi hội Thôn 3", "2025-03-07", "22333"), (linh["branch"]!.GetValue<string>(), linh["joinedOn"]!.GetValue<string>(), linh["unit"]!["code"]!.GetValue<string>()));
        Assert.Equal(("2025-03-07", "JOINED"), (linh["history"]![0]!["from"]!.GetValue<string>(), linh["history"]![0]!["startReason"]!.GetValue<string>()));

        var manager = _product.ClientFor("568", Role.Manager);
        var trail = await manager.DataAsync("""{ auditTrail(unitCode: "568", moduleKey: "organisation", take: 50) { items { user action entity entityKey after } } }""");
        var files = trail["auditTrail"]!["items"]!.AsArray().Where(e => e!["action"]!.GetValue<string>() == "import" && e["entityKey"]!.GetValue<string>().Length == 64).ToList();
        Assert.Equal(3, files.Count); // the real imports that wrote (refused and dry runs leave none)
        var first = JsonNode.Parse(files.Last()!["after"]!.GetValue<string>())!;
        Assert.Equal(("hoi-vien.xlsx", 7, 3, 4), (first["file"]!.GetValue<string>(), first["rows"]!.GetValue<int>(), first["created"]!.GetValue<int>(), first["refused"]!.GetValue<int>()));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file)), first["sha256"]!.GetValue<string>());
        Assert.Equal(("Nguyễn Thị Lan", "Member"), (files.Last()!["user"]!.GetValue<string>(), files.Last()!["entity"]!.GetValue<string>()));
        Assert.Contains(trail["auditTrail"]!["items"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "update" && e["entity"]!.GetValue<string>() == "Member");

        // The export holds what the list shows, and only the user's subtree.
        await ImportAsync(_product.ClientFor("569", Role.Reporter), Members, Xlsx([Member("22408", "Lê Thị Cam", 1980, "Kinh", null, "05/03/2025")]), "cam-ranh.xlsx");
        var export = Read(await reporter.Http.GetByteArrayAsync(Members + "?unitCode=568"));
        Assert.Equal(api["totalCount"]!.GetValue<int>(), export.Count);
        Assert.Equal(
            api["items"]!.AsArray().Select(m => (m!["fullName"]!.GetValue<string>(), m["birthYear"]!.GetValue<int>(), m["unit"]!["code"]!.GetValue<string>())),
            export.Select(r => ((string)r["Họ tên"]!, Convert.ToInt32(r["Năm sinh"]), (string)r["Mã đơn vị"]!)));
        var hoa = export.Single(r => (string)r["Họ tên"]! == "Nguyễn Thị Hoa");
        Assert.Equal((new DateTime(2025, 3, 4), "Đang sinh hoạt", "Hội LHPN Phường Vĩnh Hải"), (hoa["Ngày vào Hội"], hoa["Tình trạng"], hoa["Tên đơn vị"]));
        var csv = Encoding.UTF8.GetString(await reporter.Http.GetByteArrayAsync(Members + "?unitCode=568&format=csv&search=tran thi"));
        Assert.Contains("Trần Thị Bé", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Thị Hoa", csv, StringComparison.Ordinal);
        var byDay = await reporter.Http.GetAsync(Members + "?from=2025-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, byDay.StatusCode);
        Assert.Equal("VALIDATION", (await Json(byDay))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static Dictionary<string, object?> Household(string unit, string head, string village, object started, string status, string support, string? exited = null) => new()
    {
        ["Mã đơn vị"] = unit,
        ["Họ tên chủ hộ"] = head,
        ["Thôn, tổ dân phố"] = village,
        ["Diện hộ khi bắt đầu hỗ trợ"] = status,
        ["Ngày bắt đầu hỗ trợ"] = started,
        ["Hình thức hỗ trợ"] = support,
        ["Ngày thoát nghèo, cận nghèo"] = exited,
    };

    private static Dictionary<string, object?> Member(string unit, string name, int born, string ethnicity, string? branch, object joined) => new()
    {
        ["Mã đơn vị"] = unit,
        ["Họ tên"] = name,
        ["Năm sinh"] = born,
        ["Dân tộc"] = ethnicity,
        ["Chi hội"] = branch,
        ["Ngày vào Hội"] = joined,
    };

    private static async Task<int> MemberCountAsync(GraphQLClient client) =>
        (await client.DataAsync("""{ organisation { members(unitCode: "568") { totalCount } } }"""))["organisation"]!["members"]!["totalCount"]!.GetValue<int>();

    /// <summary>An .xlsx written by MiniExcel; a formula given is put in its cell, in place of the value (its cached value is kept).</summary>
    private static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows, (string Cell, string Formula)? formula = null)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.Select(r => (IDictionary<string, object?>)r).ToList());
        if (formula is not { } f)
        {
            return stream.ToArray();
        }

        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var at = xml.IndexOf($"r=\"{f.Cell}\"", StringComparison.Ordinal);
            var value = xml.IndexOf("<x:v>", at, StringComparison.Ordinal);
            xml = xml.Insert(value, $"<x:f>{System.Security.SecurityElement.Escape(f.Formula)}</x:f>");
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml);
        }

        return stream.ToArray();
    }

    private static byte[] WithPart(byte[] xlsx, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            part.Write(content);
        }

        return stream.ToArray();
    }

    private static List<IDictionary<string, object?>> Read(byte[] xlsx) =>
        MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

    private static MultipartFormDataContent Form(byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> ImportAsync(GraphQLClient client, string path, byte[] file, string name)
    {
        var response = await client.Http.PostAsync(path, Form(file, name));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal); // Vietnamese as UTF-8, never escaped
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    private static async Task RefusedAsync(GraphQLClient client, byte[] file, string name, HttpStatusCode status, string code, string inMessage)
    {
        var (answer, body) = await ImportAsync(client, Households, file, name);
        Assert.Equal(status, answer);
        var error = body["errors"]![0]!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(inMessage, error["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The antiforgery token a page's form carries.</summary>
    private static string AntiforgeryToken(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"") is { Success: true } found
            ? System.Net.WebUtility.HtmlDecode(found.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    private static async Task<JsonNode> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static (int Rows, int Created, int Updated, int Unchanged, int Refused) Counts(JsonNode summary) =>
        (summary["rows"]!.GetValue<int>(), summary["created"]!.GetValue<int>(), summary["updated"]!.GetValue<int>(), summary["unchanged"]!.GetValue<int>(), summary["refused"]!.GetValue<int>());

    private static (string? Column, string? Value, string Code) Refusal(JsonNode error) =>
        (error["column"]?.GetValue<string>(), error["value"]?.GetValue<string>(), error["code"]!.GetValue<string>());

    private static async Task<int> TotalAsync(GraphQLClient client, string list) =>
        (await client.DataAsync($$"""{ economy { {{list}}(unitCode: "568") { totalCount } } }"""))["economy"]![list]!["totalCount"]!.GetValue<int>();
}
