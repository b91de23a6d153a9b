using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Shared.Tests;

/// <summary>
/// The core's writes (units, plans and targets, switches, reported values) refuse bad input with a code, the field at
/// fault and a Vietnamese message, and write nothing when they refuse.
/// </summary>
public sealed class CoreCommandRefusalTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    [Theory]
    [InlineData("""allocateGoal(planCode: "TEST/2025", targetCode: "S", unitCode: "568", goal: -1) { goal }""", "VALIDATION", "goal", "không âm")]
    [InlineData("""allocateGoal(planCode: "TEST/2025", targetCode: "S", unitCode: "56", goal: 1) { goal }""", "VALIDATION", "unitCode", "cấp dưới")]
    [InlineData("""allocateGoal(planCode: "TEST/2025", targetCode: "X", unitCode: "568", goal: 1) { goal }""", "NOT_FOUND", "targetCode", "X")]
    [InlineData("""updateTarget(planCode: "TEST/2025", code: "S", input: { title: "  " }) { goal }""", "VALIDATION", "title", "Tên chỉ tiêu")]
    [InlineData("""updateTarget(planCode: "TEST/2025", code: "S", input: { goal: -5 }) { goal }""", "VALIDATION", "goal", "không âm")]
    [InlineData("""updateTarget(planCode: "TEST/2025", code: "S", input: { threshold: 2 }) { goal }""", "VALIDATION", "threshold", "bao phủ")]
    [InlineData("""updateTarget(planCode: "TEST/2025", code: "C", input: { dueDate: "2026-01-31" }) { goal }""", "VALIDATION", "dueDate", "2025")]
    [InlineData("""updateTarget(planCode: "TEST/2025", code: "C", input: { levels: [] }) { goal }""", "VALIDATION", "levels", "Cấp áp dụng")]
    [InlineData("""completeMilestone(planCode: "TEST/2025", targetCode: "S", unitCode: "56", completedOn: "2025-03-01") { completedOn }""", "VALIDATION", "targetCode", "mốc")]
    [InlineData("""completeMilestone(planCode: "TEST/2025", targetCode: "M", unitCode: "56", completedOn: "2024-03-01") { completedOn }""", "VALIDATION", "completedOn", "2025")]
    [InlineData("""completeMilestone(planCode: "TEST/2025", targetCode: "M", unitCode: "568", completedOn: "2025-03-01") { completedOn }""", "VALIDATION", "unitCode", "không áp dụng")]
    [InlineData("""copyPlan(code: "TEST/2025", newCode: " ", year: 2026) { code }""", "VALIDATION", "newCode", "số hiệu")]
    [InlineData("""copyPlan(code: "TEST/2025", newCode: "TEST/2026", year: 1999) { code }""", "VALIDATION", "year", "Năm")]
    [InlineData("""copyPlan(code: "TEST/2025", newCode: "TEST/2025", year: 2026) { code }""", "CONFLICT", "newCode", "TEST/2025")]
    [InlineData("""copyPlan(code: "KHÔNG/CÓ", newCode: "TEST/2026", year: 2026) { code }""", "NOT_FOUND", "code", "KHÔNG/CÓ")]
    [InlineData("""addUnit(input: { code: "99001", placeName: " ", level: BASE, parentCode: "568", validFrom: "2025-01-01" }) { code }""", "VALIDATION", "placeName", "địa bàn")]
    [InlineData("""addUnit(input: { code: "99001", placeName: "Xã Mới", level: DISTRICT, parentCode: "568", validFrom: "2025-01-01" }) { code }""", "VALIDATION", "parentCode", "trực thuộc")]
    [InlineData("""addUnit(input: { code: "99001", placeName: "Xã Mới", level: BASE, parentCode: "568", validFrom: "1990-01-01" }) { code }""", "VALIDATION", "validFrom", "01/01/1990")]
    [InlineData("""addUnit(input: { code: "22330", placeName: "Xã Mới", level: BASE, parentCode: "568", validFrom: "2025-01-01" }) { code }""", "CONFLICT", "code", "22330")]
    [InlineData("""addUnit(input: { code: "99001", placeName: "Xã Mới", level: BASE, parentCode: "00000", validFrom: "2025-01-01" }) { code }""", "NOT_FOUND", "parentCode", "00000")]
    [InlineData("""renameUnit(code: "22330", name: "   ") { name }""", "VALIDATION", "name", "Tên đơn vị")]
    [InlineData("""closeUnit(code: "56", validTo: "2025-06-30") { code }""", "VALIDATION", "code", "gốc")]
    [InlineData("""closeUnit(code: "568", validTo: "2025-06-30") { code }""", "VALIDATION", "code", "trực thuộc")]
    [InlineData("""closeUnit(code: "22330", validTo: "1990-06-30") { code }""", "VALIDATION", "validTo", "thành lập")]
    [InlineData("""closeUnit(code: "22330", validTo: "2025-06-30", successorCode: "22330") { code }""", "VALIDATION", "successorCode", "đơn vị khác")]
    [InlineData("""reportValue(input: { indicator: "test.done", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-12-31", value: -1 }) { value }""", "VALIDATION", "value", "không âm")]
    [InlineData("""reportValue(input: { indicator: "test.done", unitCode: "22330", periodStart: "2025-06-01", periodEnd: "2025-01-31", value: 1 }) { value }""", "VALIDATION", "periodEnd", "kết thúc")]
    [InlineData("""reportValue(input: { indicator: "test.done", unitCode: "22330", periodStart: "2024-01-01", periodEnd: "2024-12-31", value: 1 }) { value }""", "VALIDATION", "periodStart", "01/01/2024")]
    [InlineData("""reportValue(input: { indicator: "test.unknown", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-12-31", value: 1 }) { value }""", "NOT_FOUND", "indicator", "test.unknown")]
    [InlineData("""switchModule(unitCode: "22330", moduleKey: "reports", enabled: false, effectiveFrom: "2025-01-01") { code }""", "MODULE_NOT_INSTALLED", "moduleKey", "reports")]
    public async Task A_refused_write_names_the_field_and_writes_nothing(string mutation, string code, string field, string inMessage)
    {
        var admin = host.Factory.ClientFor("56", Role.Admin);
        var before = await WritesAsync(admin);

        var error = await admin.ErrorAsync($"mutation {{ {mutation} }}");

        Assert.Equal((code, field), (error.Code, error.Field));
        Assert.Contains(inMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await WritesAsync(admin));
    }

    private static async Task<double> WritesAsync(GraphQLClient admin) =>
        (await admin.DataAsync("{ auditTrail(take: 1) { totalCount } }"))["auditTrail"]!["totalCount"].Number();
}
