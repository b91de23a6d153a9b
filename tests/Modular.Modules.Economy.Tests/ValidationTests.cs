using Modular.Shared.Access;
using Modular.Testing;
using static Modular.Modules.Economy.Tests.EconomyApi;

namespace Modular.Modules.Economy.Tests;

/// <summary>One record of each kind at Vĩnh Hải (22330), written before the refusals: duplicates need an original, and every refusal must leave the lists as they were.</summary>
public sealed class ValidationFixture : IAsyncLifetime
{
    public const string Unit = "22330";

    public ProductFactory Factory { get; } = new();

    public Dictionary<string, string> Ids { get; } = [];

    public GraphQLClient Reporter => Factory.ClientFor(Unit, Role.Reporter);

    public async Task InitializeAsync()
    {
        var client = Reporter;
        Ids["Household"] = await client.CreateAsync("Household", Household(Unit, "Nguyễn Thị Hoa", "Tổ 5", "2025-01-10"));
        Ids["Household2"] = await client.CreateAsync("Household", Household(Unit, "Trần Thị Bé", "Tổ 6", "2025-01-10"));
        Ids["Entrepreneur"] = await client.CreateAsync("Entrepreneur", Entrepreneur(Unit, "Lê Thị Hoa", 1980, "2025-04-04"));
        Ids["Cooperative"] = await client.CreateAsync("Cooperative", Cooperative(Unit, "HTX Nông nghiệp Vĩnh Hải", "2025-04-01", 10, 2));
        Ids["Cooperative2"] = await client.CreateAsync("Cooperative", Cooperative(Unit, "Tổ hợp tác may Vĩnh Hải", "2025-05-01", 5, 3, kind: "COOPERATIVE_GROUP"));
        Ids["Startup"] = await client.CreateAsync("Startup", Startup(Unit, "Bánh tráng Vĩnh Hải", "Nguyễn Thị Hạnh", "2025-03-03"));
        Ids["Loan"] = await client.CreateAsync("Loan", Loan(Unit, "Nguyễn Thị Hạnh", 20_000_000, "2025-02-02"));
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ValidationTests(ValidationFixture fixture) : IClassFixture<ValidationFixture>
{
    private const string Unit = ValidationFixture.Unit;

    private static readonly int ThisYear = DateTime.Now.Year;

    /// <summary>Each rule: the record kind, a bad input, and the code, field and part of the Vietnamese message expected.</summary>
    private static readonly Dictionary<string, (string Record, object Input, string Code, string Field, string Message)> Cases = new()
    {
        ["household without the unit"] = ("Household", Household(" ", "Phan Thị Ngọc", "Tổ 1", "2025-01-01"), "VALIDATION", "unitCode", "Cần chọn đơn vị"),
        ["household at an unknown unit"] = ("Household", Household("99999", "Phan Thị Ngọc", "Tổ 1", "2025-01-01"), "NOT_FOUND", "unitCode", "Không có đơn vị mã 99999"),
        ["household without the head's name"] = ("Household", Household(Unit, "   ", "Tổ 1", "2025-01-01"), "VALIDATION", "headName", "Họ tên chủ hộ không được để trống."),
        ["household without the village"] = ("Household", Household(Unit, "Phan Thị Ngọc", "", "2025-01-01"), "VALIDATION", "village", "Thôn, tổ dân phố không được để trống."),
        ["household with a head's name too long"] = ("Household", Household(Unit, new string('a', 201), "Tổ 1", "2025-01-01"), "VALIDATION", "headName", "dài quá 200 ký tự"),
        ["household supported from a future day"] = ("Household", Household(Unit, "Phan Thị Ngọc", "Tổ 1", NextYear), "VALIDATION", "supportStartedOn", "Ngày bắt đầu hỗ trợ"),
        ["household out of poverty on a future day"] = ("Household", Household(Unit, "Phan Thị Ngọc", "Tổ 1", "2025-01-01", exited: NextYear), "VALIDATION", "exitedPovertyOn", "không được sau ngày hôm nay"),
        ["household out of poverty before support began"] = ("Household", Household(Unit, "Phan Thị Ngọc", "Tổ 1", "2025-05-01", exited: "2025-04-30"), "VALIDATION", "exitedPovertyOn", "không được trước ngày bắt đầu hỗ trợ (01/05/2025)"),
        ["household recorded twice in the unit"] = ("Household", Household(Unit, "  NGUYEN thi hoa ", "to 5", "2025-06-01"), "CONFLICT", "headName", "đã được ghi nhận tại đơn vị này"),
        ["entrepreneur without her name"] = ("Entrepreneur", Entrepreneur(Unit, " ", 1980, "2025-04-04"), "VALIDATION", "fullName", "Họ tên không được để trống."),
        ["entrepreneur born in 1850"] = ("Entrepreneur", Entrepreneur(Unit, "Lê Thị Hồng", 1850, "2025-04-04"), "VALIDATION", "birthYear", "Năm sinh 1850 không hợp lệ"),
        ["entrepreneur born this year"] = ("Entrepreneur", Entrepreneur(Unit, "Lê Thị Hồng", ThisYear, "2025-04-04"), "VALIDATION", "birthYear", "không hợp lệ"),
        ["entrepreneur supported on a future day"] = ("Entrepreneur", Entrepreneur(Unit, "Lê Thị Hồng", 1980, NextYear), "VALIDATION", "supportedOn", "Ngày hỗ trợ"),
        ["cooperative without a name"] = ("Cooperative", Cooperative(Unit, "", "2025-04-01", 10, 2), "VALIDATION", "name", "Tên hợp tác xã, tổ hợp tác không được để trống."),
        ["cooperative founded on a future day"] = ("Cooperative", Cooperative(Unit, "HTX Mới", NextYear, 10, 2), "VALIDATION", "foundedOn", "Ngày thành lập"),
        ["cooperative without members"] = ("Cooperative", Cooperative(Unit, "HTX Mới", "2025-04-01", 0, 0), "VALIDATION", "members", "Số thành viên phải lớn hơn 0."),
        ["cooperative with more women managers than members"] = ("Cooperative", Cooperative(Unit, "HTX Mới", "2025-04-01", 3, 4), "VALIDATION", "womenInManagement", "không được lớn hơn số thành viên (3)"),
        ["cooperative with a negative count of women managers"] = ("Cooperative", Cooperative(Unit, "HTX Mới", "2025-04-01", 3, -1), "VALIDATION", "womenInManagement", "không được âm"),
        ["cooperative recorded twice in the unit"] = ("Cooperative", Cooperative(Unit, "htx nong nghiep vinh hai", "2025-04-01", 12, 3), "CONFLICT", "name", "đã được ghi nhận tại đơn vị này"),
        ["start-up without a name"] = ("Startup", Startup(Unit, " ", "Nguyễn Thị Hạnh", "2025-03-03"), "VALIDATION", "name", "Tên ý tưởng, dự án khởi nghiệp không được để trống."),
        ["start-up without an owner"] = ("Startup", Startup(Unit, "Mứt dừa", " ", "2025-03-03"), "VALIDATION", "ownerName", "Chủ ý tưởng, dự án không được để trống."),
        ["start-up supported on a future day"] = ("Startup", Startup(Unit, "Mứt dừa", "Nguyễn Thị Hạnh", NextYear), "VALIDATION", "supportedOn", "Ngày hỗ trợ"),
        ["loan of nothing"] = ("Loan", Loan(Unit, "Nguyễn Thị Hạnh", 0, "2025-02-02"), "VALIDATION", "amount", "Số tiền vay phải là số dương"),
        ["loan of a negative amount"] = ("Loan", Loan(Unit, "Nguyễn Thị Hạnh", -5_000_000, "2025-02-02"), "VALIDATION", "amount", "Số tiền vay phải là số dương"),
        ["loan without the borrower"] = ("Loan", Loan(Unit, "", 5_000_000, "2025-02-02"), "VALIDATION", "borrowerName", "Họ tên người vay không được để trống."),
        ["loan on a future day"] = ("Loan", Loan(Unit, "Nguyễn Thị Hạnh", 5_000_000, NextYear), "VALIDATION", "loanedOn", "Ngày vay"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_record_is_refused_naming_the_field_and_nothing_is_written(string caseName)
    {
        var (record, input, code, field, message) = Cases[caseName];
        var client = fixture.Reporter;
        var before = await client.CountsAsync(Unit);

        var error = (await client.TryCreateAsync(record, input)).Errors.Single();

        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await client.CountsAsync(Unit));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_update_is_refused_the_same_way_and_the_record_is_unchanged(string caseName)
    {
        var (record, input, code, field, _) = Cases[caseName];
        var client = fixture.Reporter;
        // The second household or cooperative, so that "recorded twice" names another record, not this one.
        var id = fixture.Ids.GetValueOrDefault(record + "2") ?? fixture.Ids[record];
        var before = (await client.SendAsync(SingleQuery(record), new { id })).Text;

        var error = (await client.TryUpdateAsync(record, id, input)).Errors.Single();

        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Field);
        Assert.Equal(before, (await client.SendAsync(SingleQuery(record), new { id })).Text);
    }

    [Fact]
    public async Task A_household_can_be_renamed_onto_itself_but_not_onto_another_household()
    {
        var client = fixture.Reporter;

        // Updating a household with its own name and village is not a duplicate of itself.
        var same = await client.TryUpdateAsync("Household", fixture.Ids["Household2"], Household(Unit, "Trần Thị Bé", "Tổ 6", "2025-01-10", support: "OTHER"));
        Assert.Empty(same.Errors);

        var other = await client.TryUpdateAsync("Household", fixture.Ids["Household2"], Household(Unit, "Nguyễn Thị Hoa", "Tổ 5", "2025-01-10"));
        Assert.Equal(("CONFLICT", "headName"), (other.Errors.Single().Code, other.Errors.Single().Field));
    }

    [Fact]
    public async Task A_missing_record_is_not_found()
    {
        var client = fixture.Reporter;
        foreach (var record in new[] { "Household", "Entrepreneur", "Cooperative", "Startup", "Loan" })
        {
            var deleted = (await client.TryDeleteAsync(record, "987654")).Errors.Single();
            Assert.Equal(("NOT_FOUND", "id"), (deleted.Code, deleted.Field));
        }

        var notAnId = await client.ErrorAsync("""{ economy { household(id: "abc") { id } } }""");
        Assert.Equal(("NOT_FOUND", "id"), (notAnId.Code, notAnId.Field));
    }

    private static string SingleQuery(string record)
    {
        var fields = record switch
        {
            "Household" => "headName village statusAtStart supportStartedOn support supportDetails exitedPovertyOn",
            "Entrepreneur" => "fullName birthYear businessKind support supportedOn",
            "Cooperative" => "name kind foundedOn members womenInManagement",
            "Startup" => "name ownerName supportedOn",
            _ => "source borrowerName amount loanedOn",
        };
        return $"query($id: ID!) {{ economy {{ {char.ToLowerInvariant(record[0])}{record[1..]}(id: $id) {{ id unit {{ code }} {fields} }} }} }}";
    }
}
