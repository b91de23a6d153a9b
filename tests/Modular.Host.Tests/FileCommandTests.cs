using System.Security.Cryptography;
using MiniExcelLibs;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The host's <c>import</c> and <c>export</c> commands, run as the README shows them, as a process on a data folder of their own.</summary>
public sealed class FileCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "modular-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_import_prints_its_summary_and_writes_a_dry_run_writes_nothing_and_an_export_holds_the_rows()
    {
        var sheet = Path.Combine(_folder, "ho-ngheo.xlsx");
        MiniExcel.SaveAs(sheet, new[]
        {
            Household("22330", "Nguyễn Thị Hoa", "Tổ 5, Vĩnh Hải", new DateTime(2025, 3, 4)),
            Household("22333 - Phường Vĩnh Phước", "Trần Thị Bé", "Thôn Đất Lành", "05/03/2025"),
        });
        var refusedSheet = Path.Combine(_folder, "sai.xlsx");
        MiniExcel.SaveAs(refusedSheet, new[] { Household("22330", "Lê Thị Mai", "Tổ 2", "06/03/2025"), Household("99999", "Phạm Thị Một", "Tổ 1", "06/03/2025") });

        var dry = await RunAsync("import", "--kind", "economy/households", "--file", sheet, "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("Kiểm tra 2 dòng (chưa ghi gì): 2 sẽ ghi mới, 0 sẽ cập nhật, 0 không đổi, 0 bị từ chối.", dry.Output, StringComparison.Ordinal);
        Assert.Contains("\"dryRun\": true", dry.Output, StringComparison.Ordinal);
        Assert.Empty(await ExportAsync());

        var refused = await RunAsync("import", "--kind", "economy/households", "--file", refusedSheet);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Không ghi gì: 1 trong 2 dòng bị từ chối.", refused.Output, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"99999\"", refused.Output, StringComparison.Ordinal);

        var real = await RunAsync("import", "--kind", "economy/households", "--file", sheet);
        Assert.Equal(0, real.ExitCode);
        Assert.Contains("Đã nhập 2 dòng: 2 ghi mới, 0 cập nhật, 0 không đổi, 0 bị từ chối.", real.Output, StringComparison.Ordinal);
        Assert.Contains($"\"sha256\": \"{Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(sheet)))}\"", real.Output, StringComparison.Ordinal);

        var rows = await ExportAsync();
        Assert.Equal(["Nguyễn Thị Hoa", "Trần Thị Bé"], rows.Select(r => (string)r["Họ tên chủ hộ"]!).Order());
        var bé = rows.Single(r => (string)r["Họ tên chủ hộ"]! == "Trần Thị Bé");
        Assert.Equal(("22333", "Thôn Đất Lành", new DateTime(2025, 3, 5), "Hộ nghèo"), ((string)bé["Mã đơn vị"]!, (string)bé["Thôn, tổ dân phố"]!, bé["Ngày bắt đầu hỗ trợ"], (string)bé["Diện hộ khi bắt đầu hỗ trợ"]!));
    }

    private static Dictionary<string, object?> Household(string unit, string head, string village, object started) => new()
    {
        ["Mã đơn vị"] = unit,
        ["Họ tên chủ hộ"] = head,
        ["Thôn, tổ dân phố"] = village,
        ["Diện hộ khi bắt đầu hỗ trợ"] = "Hộ nghèo",
        ["Ngày bắt đầu hỗ trợ"] = started,
        ["Hình thức hỗ trợ"] = "Vay vốn",
    };

    /// <summary><c>export --kind economy/households --unit 568 --out ho.xlsx</c>, its records read back with MiniExcel.</summary>
    private async Task<List<IDictionary<string, object?>>> ExportAsync()
    {
        var path = Path.Combine(_folder, $"ho-{Guid.NewGuid():N}.xlsx");
        var export = await RunAsync("export", "--kind", "economy/households", "--unit", "568", "--out", path);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains($"Đã ghi {path}.", export.Output, StringComparison.Ordinal);
        // An export with no records keeps its headings over one blank row: only rows holding a value are records.
        return MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().Where(r => r.Values.Any(v => v is not null and not "")).ToList();
    }

    /// <summary>The built host with the command's arguments and the data folder's settings, as <c>dotnet run --project src/Host -- ...</c> runs it.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var command = HostProcess.StartCommand(arguments, new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Directory"] = Path.Combine(_folder, "data"),
            ["Auth:SigningKey"] = ProductFactory.SigningKey,
            ["Seed:Reorganisation2025"] = "None",
        });
        var exitCode = await command.WaitForExitAsync(TimeSpan.FromMinutes(3));
        return (exitCode, command.Output);
    }
}
