using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;
using Modular.Host.Auth;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.Modularity;
using Modular.Shared.Units;

namespace Modular.Host.GraphQL;

/// <summary>
/// The one place where the schema's authorization metadata is enforced: for every field and type the executed
/// operation selects (through aliases, fragments and inline fragments alike) the policies and roles written with
/// <c>AuthorizeWithPolicy</c>, <c>AuthorizeWithRoles</c> or <see cref="AccessMetadataExtensions.RequireRole{T}"/>
/// are checked with ASP.NET Core's <see cref="IAuthorizationService"/> before anything executes. A refusal is a
/// FORBIDDEN error and the operation does not run at all. Fields marked with
/// <see cref="AccessMetadataExtensions.RequireModuleOn{T}"/> are refused with MODULE_OFF when their module is off
/// today for the unit they name. Fields under <c>@skip</c>/<c>@include</c> are checked too: asking is enough to be
/// refused. Anonymous callers are left to <see cref="SignInRequiredRule"/>.
/// </summary>
internal sealed class AuthorizationRule : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.User?.Identity?.IsAuthenticated != true || context.Operation is null)
        {
            return null;
        }

        IGraphType? root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };
        if (root is null)
        {
            return null;
        }

        var check = new Check(context, context.RequestServices!.GetRequiredService<IAuthorizationService>());
        if (await check.AllowedAsync(root, context.Operation, root.Name))
        {
            await check.SelectionsAsync(context.Operation.SelectionSet, root);
        }

        return null;
    }

    /// <summary>One operation's walk. Each field, type and fragment is decided once, so repeated selections cost nothing more.</summary>
    private sealed class Check(ValidationContext context, IAuthorizationService authorization)
    {
        private readonly Dictionary<IMetadataReader, bool> _decided = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, bool> _policies = new(StringComparer.Ordinal);
        private readonly HashSet<string> _fragments = new(StringComparer.Ordinal);

        public async Task SelectionsAsync(GraphQLSelectionSet selections, IGraphType parent)
        {
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        await FieldAsync(field, parent);
                        break;
                    case GraphQLInlineFragment inline:
                        var inlineType = inline.TypeCondition is null ? parent : context.Schema.AllTypes[inline.TypeCondition.Type.Name.Value];
                        if (inlineType is not null && await AllowedAsync(inlineType, inline, inlineType.Name))
                        {
                            await SelectionsAsync(inline.SelectionSet, inlineType);
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        // A fragment's content does not depend on where it is spread: walk it once (this also stops cycles).
                        var fragment = context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value);
                        if (fragment is not null && _fragments.Add(fragment.FragmentName.Name.StringValue)
                            && context.Schema.AllTypes[fragment.TypeCondition.Type.Name.Value] is { } fragmentType
                            && await AllowedAsync(fragmentType, spread, fragmentType.Name))
                        {
                            await SelectionsAsync(fragment.SelectionSet, fragmentType);
                        }

                        break;
                }
            }
        }

        private async Task FieldAsync(GraphQLField field, IGraphType parent)
        {
            // Unknown fields are reported by the specification's rules; __typename and introspection need no role.
            if (parent is not IComplexGraphType complex || field.Name.Value.Span.StartsWith("__")
                || complex.GetField(field.Name.Value) is not { ResolvedType: { } resolved } definition)
            {
                return;
            }

            var type = resolved.GetNamedType();
            if (!await AllowedAsync(definition, field, $"{parent.Name}.{definition.Name}") || !await AllowedAsync(type, field, type.Name))
            {
                return;
            }

            if (definition.GetMetadata<string?>(ModuleOnMetadata.ModuleKey) is { } moduleKey)
            {
                await ModuleOnAsync(field, moduleKey, definition.GetMetadata(ModuleOnMetadata.UnitArgument, "unitCode")!);
            }

            if (field.SelectionSet is not null)
            {
                await SelectionsAsync(field.SelectionSet, type);
            }
        }

        /// <summary>A field marked with RequireModuleOn: the module must be on today for the unit its argument names (default the caller's).</summary>
        private async Task ModuleOnAsync(GraphQLField field, string moduleKey, string unitArgument)
        {
            var services = context.RequestServices!;
            var directory = services.GetRequiredService<UnitDirectory>();
            var tree = await directory.LoadTreeAsync(context.CancellationToken);
            var unitCode = ArgumentText(field, unitArgument) ?? ProductClaims.ToCaller(context.User!)?.UnitCode;
            if (unitCode is null || tree.Find(unitCode) is not { } unit)
            {
                return; // an unknown unit is the resolver's to report
            }

            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            var switches = await directory.LoadSwitchesAsync(context.CancellationToken);
            if (!switches.IsOn(tree, unit, moduleKey, today))
            {
                var module = services.GetRequiredService<ModuleCatalog>().Find(moduleKey)?.Name ?? moduleKey;
                context.ReportError(new ValidationError(context.Document.Source, null, $"Mô-đun \"{module}\" đang tắt tại {unit.Name}.", field)
                {
                    Code = ErrorCodes.ModuleOff,
                });
            }
        }

        /// <summary>A string argument by a dotted path (<c>input.unitCode</c>), written in the document or passed in variables.</summary>
        private string? ArgumentText(GraphQLField field, string path)
        {
            object? value = field;
            foreach (var name in path.Split('.'))
            {
                value = value switch
                {
                    GraphQLField f => f.Arguments?.FirstOrDefault(a => a.Name.StringValue == name)?.Value,
                    GraphQLObjectValue o => o.Fields?.FirstOrDefault(x => x.Name.StringValue == name)?.Value,
                    IReadOnlyDictionary<string, object?> d => d.GetValueOrDefault(name),
                    _ => null,
                };
                if (value is GraphQLVariable variable)
                {
                    value = context.Variables?.GetValueOrDefault(variable.Name.StringValue);
                }
            }

            return value switch
            {
                GraphQLStringValue text => text.Value.ToString(),
                string text => text,
                _ => null,
            };
        }

        public async Task<bool> AllowedAsync(IMetadataReader item, ASTNode node, string name)
        {
            if (_decided.TryGetValue(item, out var known))
            {
                return known;
            }

            var missing = await MissingAsync(item);
            _decided[item] = missing is null;
            if (missing is not null)
            {
                var caller = ProductClaims.ToCaller(context.User!);
                var who = caller is null ? "Tài khoản không có vai trò hợp lệ" : $"Tài khoản {caller.UserName} (vai trò {caller.Role.ToString().ToLowerInvariant()})";
                context.ReportError(new ValidationError(context.Document.Source, null, $"{who} không được dùng {name}: cần {missing}.", node)
                {
                    Code = ErrorCodes.Forbidden,
                });
            }

            return missing is null;
        }

        /// <summary>What the caller lacks to use the item, in words; null when nothing.</summary>
        private async Task<string?> MissingAsync(IMetadataReader item)
        {
            foreach (var policy in item.GetPolicies() ?? [])
            {
                if (!await PolicyAsync(policy))
                {
                    return Describe(policy);
                }
            }

            // Roles listed together are alternatives; with ordered roles the lowest one listed decides.
            if (item.GetRoles() is { Count: > 0 } roles)
            {
                var known = roles.Select(ProductClaims.ParseRole).OfType<Role>().ToList();
                if (known.Count == 0 || !await PolicyAsync(AccessPolicies.AtLeast(known.Min())))
                {
                    return Describe(string.Join(" hoặc ", roles));
                }
            }

            return null;
        }

        private async Task<bool> PolicyAsync(string policy)
        {
            if (!_policies.TryGetValue(policy, out var allowed))
            {
                allowed = (await authorization.AuthorizeAsync(context.User!, resource: null, policy)).Succeeded;
                _policies[policy] = allowed;
            }

            return allowed;
        }

        private static string Describe(string policy) => policy == AccessPolicies.ProvinceAdmin
            ? "quản trị viên cấp tỉnh"
            : $"vai trò {policy.ToLowerInvariant()} trở lên";
    }
}
