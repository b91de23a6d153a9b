using Modular.Shared.Access;

namespace Modular.Shared.Demo;

/// <summary>
/// How much plausible data to write for a year: sizes per base union, spread by each module over its record kinds.
/// Khánh Hòa's real sizes (265,753 members, 5,500 new a year, 132 base unions) give the province scale.
/// </summary>
/// <param name="Year">The plan year the records are dated in.</param>
/// <param name="Seed">The same seed gives the same records.</param>
/// <param name="Units">Every unit to fill: the module writes at the levels its records belong to (most at base unions).</param>
/// <param name="MembersPerBaseUnion">The member register's size before the year (members who joined earlier).</param>
/// <param name="NewMembersPerBaseUnion">Members who join during the year.</param>
/// <param name="RecordsPerBaseUnion">Other records per base union for each module, spread over its record kinds.</param>
public sealed record DemoDataRequest(
    int Year,
    int Seed,
    IReadOnlyList<UnitRef> Units,
    int MembersPerBaseUnion,
    int NewMembersPerBaseUnion,
    int RecordsPerBaseUnion)
{
    /// <summary>The label of the import entries in the audit trail, which marks the data as demo data.</summary>
    public string Label => $"demo data, seed {Seed}, year {Year}";

    /// <summary>A random source for one unit, independent of the order units are generated in.</summary>
    public Random RandomFor(int unitId, string what)
    {
        // string.GetHashCode differs between processes; a fixed hash keeps the same seed giving the same records.
        var hash = what.Aggregate(17, (h, c) => unchecked((h * 31) + c));
        return new Random(unchecked((Seed * 1_000_003) ^ (unitId * 7919) ^ hash));
    }
}

/// <summary>
/// A module's writer of plausible records, for demo data and benchmarks. It writes through the module's own bulk
/// path, which applies the same rules as its GraphQL writes, and records one import entry per batch in the audit
/// trail instead of one per record (see <c>StoreDbContext.RecordImport</c>).
/// </summary>
public interface IDemoDataGenerator
{
    string ModuleKey { get; }

    /// <summary>Writes a year of records for the units; returns how many records it wrote.</summary>
    Task<long> GenerateAsync(DemoDataRequest request, CancellationToken cancellationToken);
}
