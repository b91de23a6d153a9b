namespace Modular.Testing;

/// <summary>Files of the repository the tests run from (schema.graphql, README.md).</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding Modular.sln, found above the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Modular.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Modular.sln not found above the test folder.");
    }
}
