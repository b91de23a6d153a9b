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
    public string Label => LabelFor(Seed, Year);

    /// <summary>The label of demo data of a seed and year, also used to tell whether a data folder already holds it.</summary>
    public static string LabelFor(int seed, int year) => $"demo data, seed {seed}, year {year}";

    /// <summary>A random source for one unit and kind of record, independent of the order units are generated in.</summary>
    public Random RandomFor(int unitId, string what)
    {
        // string.GetHashCode differs between processes, so the kind is hashed by hand; the MurmurHash3 finaliser then
        // spreads the bits, because System.Random's first draws follow close seeds (neighbouring unit ids) closely.
        var h = unchecked((uint)what.Aggregate(17, (hash, c) => (hash * 31) + c) ^ ((uint)Seed * 0x9E3779B9u) ^ ((uint)unitId * 0x85EBCA6Bu));
        h ^= h >> 16;
        h = unchecked(h * 0x85EBCA6Bu);
        h ^= h >> 13;
        h = unchecked(h * 0xC2B2AE35u);
        h ^= h >> 16;
        return new Random(unchecked((int)h));
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
