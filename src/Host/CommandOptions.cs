namespace Modular.Host;

/// <summary>Options of the host's commands: "--unit 56" pairs and "--flag" switches; "--Section:Key=value" settings are configuration and skipped.</summary>
internal static class CommandOptions
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i][2..]] = hasValue ? args[++i] : "true";
        }

        return options;
    }
}
