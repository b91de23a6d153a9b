using System.Reflection;
using GraphQL.Types;
using Modular.Shared.Access;
using Modular.Shared.Records;

namespace Modular.Shared.GraphQL;

/// <summary>
/// Base of a module's record graph type: <c>id</c> and <c>unit</c>, then a field for each property the record kind
/// declares, in its order, named after the property and described by its <c>[Description]</c>, nullable where the
/// property is (GraphQL.NET's auto-registration). Search columns (<c>…Folded</c>, <c>SearchText</c>) stay out.
/// </summary>
public abstract class RecordGraphType<TRecord> : ObjectGraphType<TRecord>
    where TRecord : UnitRecord
{
    /// <param name="name">The type's name, with the module's prefix.</param>
    /// <param name="description">What the record is, in the plan's words.</param>
    /// <param name="except">Properties given their own fields by the subclass, or none at all.</param>
    /// <param name="first">Fields that come right after <c>id</c> and <c>unit</c>.</param>
    protected RecordGraphType(string name, string description, string[]? except = null, Action<RecordGraphType<TRecord>>? first = null)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RecordUnitType>>("unit")
            .ResolveAsync(async c => await c.Service<UnitAccess>().FindAsync(c.Source.UnitId, c.CancellationToken));
        first?.Invoke(this);
        foreach (var field in new PropertyFields(except ?? []).Fields)
        {
            AddField(field);
        }
    }

    /// <summary>The fields GraphQL.NET registers for the record kind's own properties.</summary>
    private sealed class PropertyFields(string[] except) : AutoRegisteringObjectGraphType<TRecord>
    {
        protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
            typeof(TRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.CanRead && !p.Name.EndsWith("Folded", StringComparison.Ordinal) && !except.Contains(p.Name));
    }
}

/// <summary>
/// Base of a record kind's input type: a field for each property of the input, in its order, named after it, required
/// where the property is not nullable, described by its <c>[Description]</c>.
/// </summary>
public abstract class RecordInputGraphType<TInput> : AutoRegisteringInputObjectGraphType<TInput>
{
    protected RecordInputGraphType(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }
}

/// <summary>The page type of a record list, named after the record type: <c>EconomyHousehold</c> → <c>EconomyHouseholdPage</c>.</summary>
public sealed class RecordPageGraphType<TRecord, TRecordGraphType>() : PageGraphType<TRecord, TRecordGraphType>(new TRecordGraphType().Name + "Page")
    where TRecordGraphType : ObjectGraphType<TRecord>, new();

/// <summary>A module's enumeration, with the module's prefix in its name; values and their descriptions come from the enum.</summary>
public abstract class ModuleEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected ModuleEnumGraphType(string name, string description)
    {
        Name = name;
        Description = description;
    }
}
