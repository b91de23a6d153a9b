using GraphQL;
using GraphQL.Types;

namespace Modular.Shared.Access;

/// <summary>
/// Names of the authorization policies the host registers. GraphQL fields and types carry them as metadata; the
/// host's authorization rule checks them for every selected field and type before anything executes.
/// </summary>
public static class AccessPolicies
{
    /// <summary>At least viewer: every signed-in user with a known role.</summary>
    public const string Viewer = nameof(Role.Viewer);

    /// <summary>Reporter, manager or admin.</summary>
    public const string Reporter = nameof(Role.Reporter);

    /// <summary>Manager or admin.</summary>
    public const string Manager = nameof(Role.Manager);

    /// <summary>Admin, at any unit.</summary>
    public const string Admin = nameof(Role.Admin);

    /// <summary>Admin of the root of the tree (the province): plans, targets and units.</summary>
    public const string ProvinceAdmin = "ProvinceAdmin";

    /// <summary>The policy a role names: that role or a higher one satisfies it.</summary>
    public static string AtLeast(Role role) => role.ToString();
}

/// <summary>
/// Marks GraphQL fields and types with the role they need. This is only metadata: the host enforces it before
/// execution (FORBIDDEN), so a refused caller never reaches a resolver. It says nothing about which units: a
/// resolver that reaches a unit's records still checks the unit with <see cref="UnitAccess"/>.
/// </summary>
public static class AccessMetadataExtensions
{
    /// <summary>The field or type needs at least <paramref name="role"/> (a higher role satisfies it).</summary>
    public static TMetadataWriter RequireRole<TMetadataWriter>(this TMetadataWriter target, Role role)
        where TMetadataWriter : IMetadataWriter =>
        target.AuthorizeWithPolicy(AccessPolicies.AtLeast(role));

    /// <summary>The field or type is for admins at the root of the tree only.</summary>
    public static TMetadataWriter RequireProvinceAdmin<TMetadataWriter>(this TMetadataWriter target)
        where TMetadataWriter : IMetadataWriter =>
        target.AuthorizeWithPolicy(AccessPolicies.ProvinceAdmin);

    /// <summary>
    /// The field needs the module switched on today for the unit its <paramref name="unitArgument"/> names (a
    /// dotted path such as <c>input.unitCode</c> reaches into an input object; absent or null means the caller's
    /// unit); otherwise it is refused with MODULE_OFF before anything executes. Writes of dated records keep their
    /// own check for the record's day in <see cref="UnitAccess.ForWriteAsync"/>.
    /// </summary>
    public static TMetadataWriter RequireModuleOn<TMetadataWriter>(this TMetadataWriter field, string moduleKey, string unitArgument = "unitCode")
        where TMetadataWriter : IMetadataWriter =>
        field.WithMetadata(ModuleOnMetadata.ModuleKey, moduleKey).WithMetadata(ModuleOnMetadata.UnitArgument, unitArgument);
}

/// <summary>The metadata keys <see cref="AccessMetadataExtensions.RequireModuleOn{T}"/> writes and the host reads.</summary>
public static class ModuleOnMetadata
{
    public const string ModuleKey = "Modular.RequireModuleOn.ModuleKey";

    public const string UnitArgument = "Modular.RequireModuleOn.UnitArgument";
}
