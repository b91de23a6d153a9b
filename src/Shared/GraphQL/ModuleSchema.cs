namespace Modular.Shared.GraphQL;

/// <summary>
/// A module's GraphQL contribution. Its query (and mutation) type is exposed under one namespace field named by
/// the module key (<c>economy { ... }</c>), so two modules can never clash.
/// </summary>
public sealed record ModuleSchema(string ModuleKey, Type QueryType, Type? MutationType = null);
