namespace Modular.Shared.Storage;

/// <summary>The store of the shared tables: units, plans, targets, reported values.</summary>
public static class CoreStore
{
    public const string Key = "core";
}
