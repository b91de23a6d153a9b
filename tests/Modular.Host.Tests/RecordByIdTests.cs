using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>Ids disclose nothing: another unit's record by id is answered exactly like a missing one, and an id that is no number is simply not found.</summary>
public sealed class RecordByIdTests : IDisposable
{
    private const string Household = "query($id: ID!) { economy { household(id: $id) { id } } }";
    private const string Member = "query($id: ID!) { organisation { member(id: $id) { id } } }";
    private const string Cadre = "query($id: ID!) { organisation { cadre(id: $id) { id } } }";

    private readonly ProductFactory _factory = new();

    [Fact]
    public async Task Another_units_record_answers_as_a_missing_id_does()
    {
        var owner = _factory.ClientFor("22330", Role.Reporter);
        var household = (await owner.DataAsync(
            "mutation { economy { createHousehold(input: { unitCode: \"22330\", headName: \"Hộ Lan\", village: \"Tổ 1\", statusAtStart: POOR, supportStartedOn: \"2025-01-10\", support: LOAN }) { id } } }"))["economy"]!["createHousehold"]!["id"]!.ToString();
        var member = (await owner.DataAsync(
            "mutation { organisation { createMember(input: { unitCode: \"22330\", fullName: \"Lê Thị Hoa\", birthYear: 1985, ethnicity: \"Kinh\", joinedOn: \"2025-02-01\" }) { id } } }"))["organisation"]!["createMember"]!["id"]!.ToString();
        var cadre = (await owner.DataAsync(
            "mutation { organisation { createCadre(input: { unitCode: \"22330\", fullName: \"Lê Thị A\", proficientInSoftware: true, startedOn: \"2025-01-01\" }) { id } } }"))["organisation"]!["createCadre"]!["id"]!.ToString();
        var neighbour = _factory.ClientFor("22333", Role.Reporter);

        foreach (var (query, id) in new[] { (Household, household), (Member, member), (Cadre, cadre) })
        {
            var theirs = await neighbour.ErrorAsync(query, new { id });
            var missing = await neighbour.ErrorAsync(query, new { id = "987654" });

            Assert.Equal("NOT_FOUND", theirs.Code);
            Assert.Equal(missing with { Message = missing.Message.Replace("987654", id, StringComparison.Ordinal) }, theirs);
            Assert.DoesNotContain("Vĩnh Hải", theirs.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.0")]
    [InlineData("")]
    [InlineData("99999999999")]
    [InlineData("-1")]
    public async Task An_id_that_is_no_record_number_is_not_found_in_every_module(string id)
    {
        var client = _factory.ClientFor("56", Role.Admin);
        foreach (var query in new[] { Household, Member, Cadre })
        {
            var error = await client.ErrorAsync(query, new { id });

            Assert.Equal("NOT_FOUND", error.Code);
            Assert.Equal("id", error.Field);
        }
    }

    public void Dispose() => _factory.Dispose();
}
