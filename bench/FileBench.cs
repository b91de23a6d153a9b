using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Modular.Shared.Data;
using Modular.Shared.Units;
using Modular.Testing;

namespace Modular.Bench;

/// <summary>
/// Files at province size: 100,000 household rows imported with the host's <c>import</c> command and the province's
/// households exported with its <c>export</c> command (the same services as <c>/files</c>), each command its own
/// process so that its peak memory is its own; a template written the same way gives the cost of starting a command.
/// </summary>
internal static class FileBench
{
    public const int Rows = 100_000;

    private static readonly DateOnly FirstDay = new(2025, 7, 1);

    public static async Task RunAsync(IServiceProvider services, Dictionary<string, string> settings, string dataDirectory, Action<string, double, string> add)
    {
        var tree = await services.GetRequiredService<UnitDirectory>().LoadTreeAsync(CancellationToken.None);
        var communes = tree.Subtree(tree.Find("56", FirstDay)!).Where(u => u.LevelKey == "base" && u.IsInForceOn(FirstDay)).Select(u => u.Code).ToList();
        var sheet = Path.Combine(dataDirectory, "ho-100000.xlsx");
        MiniExcel.SaveAs(sheet, Enumerable.Range(0, Rows).Select(i => new Dictionary<string, object?>
        {
            ["Mã đơn vị"] = communes[i % communes.Count],
            ["Họ tên chủ hộ"] = $"Nguyễn Thị Hộ {i}",
            ["Thôn, tổ dân phố"] = $"Tổ {i % 40 + 1}",
            ["Diện hộ khi bắt đầu hỗ trợ"] = i % 3 == 0 ? "Hộ cận nghèo" : "Hộ nghèo",
            ["Ngày bắt đầu hỗ trợ"] = FirstDay.AddDays(i % 120).ToDateTime(TimeOnly.MinValue),
            ["Hình thức hỗ trợ"] = "Vay vốn",
        }));
        add("import_file_size", new FileInfo(sheet).Length / 1048576.0, "MB");

        var (startSeconds, startPeak, _) = await CommandAsync(["export", "--template", "economy/households", "--out", Path.Combine(dataDirectory, "mau.xlsx")], settings);
        add("command_start_time", startSeconds, "s");
        add("command_start_peak_memory", startPeak, "MB");

        var (importSeconds, importPeak, importOutput) = await CommandAsync(["import", "--kind", "economy/households", "--file", sheet], settings);
        if (!importOutput.Contains($"\"created\": {Rows}", StringComparison.Ordinal) && !importOutput.Contains($"\"created\":{Rows}", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The import did not create {Rows} households: {importOutput}");
        }

        add("import_rows", Rows, "rows");
        add("import_time", importSeconds, "s");
        add("import_rate", Rows / importSeconds, "rows/s");
        add("import_peak_memory", importPeak, "MB");

        var export = Path.Combine(dataDirectory, "ho-tinh.xlsx");
        var (exportSeconds, exportPeak, _) = await CommandAsync(["export", "--kind", "economy/households", "--unit", "56", "--out", export], settings);
        await using (var stream = File.OpenRead(export))
        {
            var exported = MiniExcel.Query(stream, useHeaderRow: true).Count();
            add("export_rows", exported, "rows");
            add("export_rate", exported / exportSeconds, "rows/s");
        }

        add("export_time", exportSeconds, "s");
        add("export_file_size", new FileInfo(export).Length / 1048576.0, "MB");
        add("export_peak_memory", exportPeak, "MB");
    }

    /// <summary>Runs one of the host's commands to its end: wall-clock seconds (its start included), its peak resident memory (VmHWM, read until it exits) and its output.</summary>
    private static async Task<(double Seconds, double PeakMegabytes, string Output)> CommandAsync(string[] arguments, Dictionary<string, string> settings)
    {
        var clock = Stopwatch.StartNew();
        using var command = HostProcess.StartCommand(arguments, settings);
        var peak = 0.0;
        var exit = command.WaitForExitAsync(TimeSpan.FromMinutes(30));
        while (!exit.IsCompleted)
        {
            try
            {
                peak = Math.Max(peak, command.PeakMemoryMegabytes());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
            {
                // the process has just ended
            }

            await Task.WhenAny(exit, Task.Delay(50));
        }

        var code = await exit;
        var seconds = clock.Elapsed.TotalSeconds;
        if (code != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} ended with {code}: {command.Output}");
        }

        return (seconds, peak, command.Output);
    }
}
