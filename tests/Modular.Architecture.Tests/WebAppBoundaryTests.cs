namespace Modular.Architecture.Tests;

/// <summary>The web app is a front end like any other: it knows the product only through the GraphQL schema.</summary>
public sealed class WebAppBoundaryTests
{
    [Fact]
    public void The_web_app_references_no_assembly_of_the_product()
    {
        var product = typeof(Modular.Web.WebApp).Assembly.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n.StartsWith("Modular.", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(product);
    }
}
