namespace Modular.Web.Api;

/// <summary>A unit of the user's subtree, with its depth below the subtree's root for indenting.</summary>
public sealed record UnitOption(string Code, string Name, string Level, int Depth);

/// <summary>The units in force below the signed-in user's unit, in tree order, asked once per request.</summary>
public sealed class UnitOptions(GraphQLApi api, CurrentUser users)
{
    private Task<IReadOnlyList<UnitOption>>? _units;

    public Task<IReadOnlyList<UnitOption>> GetAsync() => _units ??= LoadAsync();

    private async Task<IReadOnlyList<UnitOption>> LoadAsync()
    {
        var me = await users.GetAsync();
        var result = await api.SendAsync("{ units { code name level parent { code } } }");
        var units = result.Get<List<Row>>("units") ?? [];
        if (me is null)
        {
            return [];
        }

        var children = units.Where(u => u.Parent is not null).ToLookup(u => u.Parent!.Code, StringComparer.Ordinal);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var ordered = new List<UnitOption>();
        if (byCode.TryGetValue(me.Unit.Code, out var root))
        {
            Visit(root, 0);
        }

        return ordered;

        void Visit(Row unit, int depth)
        {
            ordered.Add(new UnitOption(unit.Code, unit.Name, unit.Level, depth));
            foreach (var child in children[unit.Code])
            {
                Visit(child, depth + 1);
            }
        }
    }

    private sealed record Row(string Code, string Name, string Level, CodeOnly? Parent);

    private sealed record CodeOnly(string Code);
}
