using GraphQL.Types;
using Modular.Shared.Access;

namespace Modular.Shared.GraphQL;

/// <summary>The unit a module's record belongs to: the one graph type every module uses for it.</summary>
public sealed class RecordUnitType : ObjectGraphType<UnitRef>
{
    public RecordUnitType()
    {
        Name = "RecordUnit";
        Description = "The unit a record belongs to.";
        Field(u => u.Code);
        Field(u => u.Name);
        Field<NonNullGraphType<UnitLevelEnum>>("level").Resolve(c => c.Source.LevelKey);
    }
}
