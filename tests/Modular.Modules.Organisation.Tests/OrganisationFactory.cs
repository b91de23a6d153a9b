using Modular.Testing;

namespace Modular.Modules.Organisation.Tests;

/// <summary>One product shared by a test class whose tests keep to their own units.</summary>
public sealed class OrganisationFactory : ProductFactory
{
    public OrganisationFactory()
        : base(null)
    {
    }
}
