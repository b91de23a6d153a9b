namespace Modular.Web.Tests;

/// <summary>One product with the demo data of <c>seed-demo</c> and a province admin, shared by the tests that only read; seeded on first use.</summary>
public sealed class DemoProduct : IAsyncDisposable
{
    public const string Admin = "admin.tinh";

    private readonly Lazy<Task<WebProduct>> _product = new(async () =>
    {
        var product = new WebProduct();
        await product.SeedDemoAsync();
        await product.AddUserAsync(Admin, "56", "ADMIN", "Phạm Thị Hương");
        return product;
    });

    public Task<WebProduct> GetAsync() => _product.Value;

    public async ValueTask DisposeAsync()
    {
        if (_product.IsValueCreated)
        {
            (await _product.Value).Dispose();
        }
    }
}
