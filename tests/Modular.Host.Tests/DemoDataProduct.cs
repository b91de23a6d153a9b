using Modular.Host.Demo;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>One product seeded with Khánh Hòa's demo data (twice: the second run must write nothing), shared by the tests that read it.</summary>
public sealed class DemoDataProduct : IAsyncLifetime
{
    public ProductFactory Factory { get; } = new();

    public (long Records, double Seconds)? FirstRun { get; private set; }

    public (long Records, double Seconds)? SecondRun { get; private set; }

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        FirstRun = await SeedDemoCommand.SeedAsync(Factory.Services, "province", 1, fullRegister: false, TextWriter.Null, CancellationToken.None);
        SecondRun = await SeedDemoCommand.SeedAsync(Factory.Services, "province", 1, fullRegister: false, TextWriter.Null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoDataCollection : ICollectionFixture<DemoDataProduct>
{
    public const string Name = "Demo data";
}
