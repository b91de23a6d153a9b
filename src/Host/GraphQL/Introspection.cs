using GraphQL;
using GraphQL.DI;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Modular.Host.GraphQL;

/// <summary>
/// Introspection as current tools ask for it (graphql-js <c>getIntrospectionQuery</c> with every option, which GraphiQL,
/// Apollo, urql and graphql-codegen send): deprecation of arguments and input fields, <c>isRepeatable</c>,
/// <c>specifiedByURL</c> and <c>isOneOf</c>, weighed by the complexity analysis at what it really returns.
/// </summary>
internal static class Introspection
{
    public static IGraphQLBuilder AddStandardIntrospection(this IGraphQLBuilder builder) =>
        builder.ConfigureSchema(schema =>
        {
            schema.Features.DeprecationOfInputValues = true;
            schema.Features.RepeatableDirectives = true;
            schema.RegisterVisitor(new IntrospectionVisitor());
        });

    /// <summary>Runs while the schema initializes, once every type is known.</summary>
    private sealed class IntrospectionVisitor : BaseSchemaNodeVisitor
    {
        /// <summary>
        /// The analysis guesses that every list holds a fixed number of items, which makes one standard introspection
        /// look ten times bigger than the limit. The schema is known, so each introspection list gets its real average
        /// length instead: the standard introspection then weighs about what it returns, and documents that expand
        /// types again under their fields, or repeat the whole introspection under aliases, weigh what they would
        /// return too and are refused past the limit like any other document.
        /// </summary>
        public override void VisitSchema(ISchema schema)
        {
            var types = schema.AllTypes.ToList();
            var outputFields = types.Where(t => t is IObjectGraphType or IInterfaceGraphType).SelectMany(t => ((IComplexGraphType)t).Fields).ToList();
            var inputFields = types.OfType<IInputObjectGraphType>().Sum(t => t.Fields.Count);
            var enumValues = types.OfType<EnumerationGraphType>().Sum(t => t.Values.Count);
            var interfaces = types.OfType<IImplementInterfaces>().Sum(t => t.ResolvedInterfaces.Count);
            var possibleTypes = types.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count);
            var directives = schema.Directives.ToList();

            Lengths(schema, "__Schema", ("types", types.Count), ("directives", directives.Count));
            Lengths(
                schema,
                "__Type",
                ("fields", Average(outputFields.Count, types.Count)),
                ("inputFields", Average(inputFields, types.Count)),
                ("enumValues", Average(enumValues, types.Count)),
                ("interfaces", Average(interfaces, types.Count)),
                ("possibleTypes", Average(possibleTypes, types.Count)));
            Lengths(schema, "__Field", ("args", Average(outputFields.Sum(f => f.Arguments?.Count ?? 0), outputFields.Count)));
            Lengths(
                schema,
                "__Directive",
                ("args", Average(directives.Sum(d => d.Arguments?.Count ?? 0), directives.Count)),
                ("locations", Average(directives.Sum(d => d.Locations.Count), directives.Count)));
        }

        /// <summary>
        /// GraphQL.NET 8 lacks two fields of the current spec draft: <c>__Type.specifiedByURL</c> (none of our scalars
        /// names a specification by URL, so it is always null) and the <c>includeDeprecated</c> argument of
        /// <c>__Directive.args</c>.
        /// </summary>
        public override void VisitObject(IObjectGraphType type, ISchema schema)
        {
            if (type.Name == "__Type" && !type.HasField("specifiedByURL"))
            {
                type.AddField(new FieldType
                {
                    Name = "specifiedByURL",
                    Description = "The URL of the specification a custom scalar follows; null for every scalar of this schema.",
                    Type = typeof(StringGraphType),
                    ResolvedType = new StringGraphType(),
                    Resolver = new FuncFieldResolver<object?>(_ => null),
                });
            }

            if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
            {
                var all = args.Resolver!;
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument(new BooleanGraphType()) { Name = "includeDeprecated", DefaultValue = false });
                args.Resolver = new FuncFieldResolver<object?>(async context =>
                {
                    var value = await all.ResolveAsync(context);
                    return context.GetArgument<bool>("includeDeprecated") || value is not IEnumerable<QueryArgument> arguments
                        ? value
                        : arguments.Where(a => a.DeprecationReason is null).ToList();
                });
            }
        }

        private static double Average(int total, int count) => Math.Max(1, (double)total / Math.Max(1, count));

        private static void Lengths(ISchema schema, string typeName, params (string Field, double Length)[] lists)
        {
            if (schema.AllTypes[typeName] is not IComplexGraphType type)
            {
                return;
            }

            foreach (var (field, length) in lists)
            {
                type.GetField(field)?.WithComplexityImpact(1, length);
            }
        }
    }
}
