namespace Modular.Shared.Modularity;

/// <summary>The modules of this deployment, checked for duplicate keys and missing dependencies.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, InstalledModule> _byKey;

    private ModuleCatalog(IReadOnlyList<IModule> modules, IReadOnlyList<IModule> discovered)
    {
        Modules = modules;
        Discovered = discovered;
        Installed = modules.Select(m => new InstalledModule(m.Key, m.Name, m.EnglishName, m.DependsOn)).ToList();
        _byKey = Installed.ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    /// <summary>The installed modules, dependencies before dependants.</summary>
    public IReadOnlyList<IModule> Modules { get; }

    public IReadOnlyList<InstalledModule> Installed { get; }

    /// <summary>Every module found, the ones left out of this deployment too.</summary>
    public IReadOnlyList<IModule> Discovered { get; }

    public bool IsInstalled(string key) => _byKey.ContainsKey(key);

    public InstalledModule? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Builds the catalog from discovered modules, leaving out the disabled keys.</summary>
    /// <exception cref="ModuleConfigurationException">On a duplicate key, an unknown disabled key or a missing dependency.</exception>
    public static ModuleCatalog Create(IEnumerable<IModule> discovered, IReadOnlyCollection<string> disabledKeys)
    {
        var all = discovered.ToList();
        var duplicate = all.GroupBy(m => m.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var types = string.Join(", ", duplicate.Select(m => m.GetType().FullName));
            throw new ModuleConfigurationException($"Two modules declare the key '{duplicate.Key}': {types}. Each module needs its own key.");
        }

        var unknown = disabledKeys.Where(k => all.All(m => m.Key != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ModuleConfigurationException(
                $"Modules:Disabled names {string.Join(", ", unknown.Select(k => $"'{k}'"))}, but the installed modules are {string.Join(", ", all.Select(m => $"'{m.Key}'"))}.");
        }

        var kept = all.Where(m => !disabledKeys.Contains(m.Key)).ToDictionary(m => m.Key, StringComparer.Ordinal);
        foreach (var module in kept.Values)
        {
            foreach (var dependency in module.DependsOn.Where(d => !kept.ContainsKey(d)))
            {
                var why = all.Any(m => m.Key == dependency) ? "it is disabled by Modules:Disabled" : "no such module is installed";
                throw new ModuleConfigurationException($"Module '{module.Key}' depends on module '{dependency}', but {why}.");
            }
        }

        return new ModuleCatalog(OrderByDependencies(kept), all);
    }

    private static List<IModule> OrderByDependencies(Dictionary<string, IModule> modules)
    {
        var ordered = new List<IModule>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        foreach (var key in modules.Keys.Order(StringComparer.Ordinal))
        {
            Visit(key, []);
        }

        return ordered;

        void Visit(string key, List<string> path)
        {
            if (state.TryGetValue(key, out var done))
            {
                if (!done)
                {
                    throw new ModuleConfigurationException($"Modules depend on each other in a cycle: {string.Join(" → ", path.Append(key))}.");
                }

                return;
            }

            state[key] = false;
            path.Add(key);
            foreach (var dependency in modules[key].DependsOn.Order(StringComparer.Ordinal))
            {
                Visit(dependency, path);
            }

            path.RemoveAt(path.Count - 1);
            state[key] = true;
            ordered.Add(modules[key]);
        }
    }
}

/// <summary>The deployment's modules cannot start together; the message says why.</summary>
public sealed class ModuleConfigurationException(string message) : Exception(message);
