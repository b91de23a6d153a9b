namespace Modular.Shared.Access;

/// <summary>What a signed-in user may do, each over her unit and its descendants.</summary>
public enum Role
{
    /// <summary>Reads progress and records.</summary>
    Viewer = 1,

    /// <summary>Also writes records and reported values.</summary>
    Reporter = 2,

    /// <summary>Also switches modules, allocates goals and reads the audit trail.</summary>
    Manager = 3,

    /// <summary>At the province: also plans, targets and units.</summary>
    Admin = 4,
}

/// <summary>The signed-in user of a request.</summary>
public sealed record Caller(string UserName, string UnitCode, Role Role)
{
    /// <summary>The unit code of the system account: the root of the tree, whatever its code.</summary>
    public const string RootUnit = "*";

    /// <summary>The account start-up work and command-line tools run as.</summary>
    public static Caller System { get; } = new("system", RootUnit, Role.Admin);
}

/// <summary>The signed-in user of the current request, or null for an anonymous one.</summary>
public interface ICallerAccessor
{
    Caller? Current { get; }
}
