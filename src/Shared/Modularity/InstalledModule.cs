namespace Modular.Shared.Modularity;

/// <summary>A module installed in this deployment, as users see it.</summary>
public sealed record InstalledModule(string Key, string Name, string EnglishName, IReadOnlyList<string> DependsOn);
