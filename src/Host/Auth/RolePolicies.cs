using Microsoft.AspNetCore.Authorization;
using Modular.Shared.Access;
using Modular.Shared.Units;

namespace Modular.Host.Auth;

/// <summary>The caller's role is at least <see cref="Minimum"/>: roles are ordered, a higher one includes the lower.</summary>
internal sealed record RoleAtLeastRequirement(Role Minimum) : IAuthorizationRequirement;

/// <summary>The caller's unit is the root of the unit tree (the province).</summary>
internal sealed record RootUnitRequirement : IAuthorizationRequirement;

internal sealed class RoleAtLeastHandler : AuthorizationHandler<RoleAtLeastRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleAtLeastRequirement requirement)
    {
        if (ProductClaims.ToCaller(context.User) is { } caller && caller.Role >= requirement.Minimum)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Reads the tree of the request (scoped, loaded once per request and shared with the resolvers).</summary>
internal sealed class RootUnitHandler(UnitDirectory directory) : AuthorizationHandler<RootUnitRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RootUnitRequirement requirement)
    {
        if (ProductClaims.ToCaller(context.User) is { } caller)
        {
            var tree = await directory.LoadTreeAsync(CancellationToken.None);
            if (tree.Find(caller.UnitCode) is { ParentId: null, ValidTo: null })
            {
                context.Succeed(requirement);
            }
        }
    }
}

/// <summary>Registers the product's policies: one per role (that role or higher) and <see cref="AccessPolicies.ProvinceAdmin"/>.</summary>
internal static class RolePolicies
{
    public static IServiceCollection AddRolePolicies(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, RoleAtLeastHandler>();
        services.AddScoped<IAuthorizationHandler, RootUnitHandler>();
        services.AddAuthorization(o =>
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                o.AddPolicy(AccessPolicies.AtLeast(role), p => p.RequireAuthenticatedUser().AddRequirements(new RoleAtLeastRequirement(role)));
            }

            o.AddPolicy(AccessPolicies.ProvinceAdmin, p => p.RequireAuthenticatedUser().AddRequirements(new RoleAtLeastRequirement(Role.Admin), new RootUnitRequirement()));
        });
        return services;
    }
}
