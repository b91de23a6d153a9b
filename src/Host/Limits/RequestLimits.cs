namespace Modular.Host.Limits;

/// <summary>
/// What one GraphQL request may cost, from the <c>GraphQL</c> configuration section: every phase (reading, parsing,
/// validation, execution, the answer) is bounded by one of these.
/// </summary>
internal sealed record RequestLimits
{
    /// <summary>Bytes of the request body (or of the query string of a GET).</summary>
    public int MaxRequestBytes { get; init; } = 256 * 1024;

    /// <summary>The whole request, from reading its body to writing its answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Tokens of the GraphQL document (names, punctuation, values).</summary>
    public int MaxTokens { get; init; } = 10_000;

    /// <summary>How deep the document's syntax may nest (selections, arguments, lists, objects).</summary>
    public int MaxNesting { get; init; } = 64;

    /// <summary>Fragment definitions in the document.</summary>
    public int MaxFragments { get; init; } = 100;

    /// <summary>Fields selected once every fragment spread is expanded: what validation and execution walk.</summary>
    public int MaxFields { get; init; } = 2_000;

    /// <summary>Aliased fields once fragments are expanded.</summary>
    public int MaxAliases { get; init; } = 200;

    /// <summary>How often one response name may be selected in one selection set (merging them costs pairs).</summary>
    public int MaxRepeatedField { get; init; } = 10;

    /// <summary>Selection depth, for the complexity analyzer.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Complexity, for the complexity analyzer.</summary>
    public int MaxComplexity { get; init; } = 250_000;

    /// <summary>Errors listed in one answer; the rest are counted in a last error.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Bytes of one answer.</summary>
    public int MaxResponseBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Documents executing at once; the others wait their turn (within <see cref="Timeout"/>).</summary>
    public int MaxConcurrentExecutions { get; init; } = Environment.ProcessorCount;

    public static RequestLimits FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("GraphQL");
        var defaults = new RequestLimits();
        return new RequestLimits
        {
            MaxRequestBytes = Positive(section, nameof(MaxRequestBytes), defaults.MaxRequestBytes),
            Timeout = TimeSpan.FromSeconds(Positive(section, "TimeoutSeconds", (int)defaults.Timeout.TotalSeconds)),
            MaxTokens = Positive(section, nameof(MaxTokens), defaults.MaxTokens),
            MaxNesting = Positive(section, nameof(MaxNesting), defaults.MaxNesting),
            MaxFragments = Positive(section, nameof(MaxFragments), defaults.MaxFragments),
            MaxFields = Positive(section, nameof(MaxFields), defaults.MaxFields),
            MaxAliases = Positive(section, nameof(MaxAliases), defaults.MaxAliases),
            MaxRepeatedField = Positive(section, nameof(MaxRepeatedField), defaults.MaxRepeatedField),
            MaxDepth = Positive(section, nameof(MaxDepth), defaults.MaxDepth),
            MaxComplexity = Positive(section, nameof(MaxComplexity), defaults.MaxComplexity),
            MaxErrors = Positive(section, nameof(MaxErrors), defaults.MaxErrors),
            MaxResponseBytes = Positive(section, nameof(MaxResponseBytes), defaults.MaxResponseBytes),
            MaxConcurrentExecutions = Positive(section, nameof(MaxConcurrentExecutions), defaults.MaxConcurrentExecutions),
        };
    }

    private static int Positive(IConfigurationSection section, string key, int fallback)
    {
        var value = section.GetValue(key, fallback);
        return value > 0 ? value : throw new InvalidOperationException($"GraphQL:{key} must be a positive number; it is {value}.");
    }
}
