using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Modular.Testing;

/// <summary>
/// The product's host as its own process (the built <c>Modular.Host.dll</c> beside the caller), serving HTTP on a
/// free loopback port, or running one of its commands: its memory is its own and it can be killed like a real one.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private HostProcess(Process process, Uri? baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the server answers; null for a command.</summary>
    public Uri? BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>Everything the process wrote to its standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the server and waits until <c>/health</c> answers 200.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string? workingDirectory = null)
    {
        var port = FreePort();
        var host = Start([$"--urls=http://127.0.0.1:{port}"], settings, workingDirectory, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 240; i++)
        {
            if (host._process.HasExited)
            {
                throw new InvalidOperationException($"The host stopped with exit code {host._process.ExitCode}: {host.Output}");
            }

            try
            {
                using var response = await probe.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        host.Dispose();
        throw new InvalidOperationException("The host did not answer /health within two minutes.");
    }

    /// <summary>Starts one of the host's commands (<c>seed-demo</c>, <c>token</c>) without waiting for it.</summary>
    public static HostProcess StartCommand(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> settings, string? workingDirectory = null) =>
        Start(arguments, settings, workingDirectory, null);

    /// <summary>Waits for a command to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>kill -9: the process ends at once, with no chance to finish or clean up anything.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false); // SIGKILL on Linux
            _process.WaitForExit();
        }
    }

    /// <summary>The most resident memory the process held so far (VmHWM).</summary>
    public double PeakMemoryMegabytes() => Status("VmHWM:");

    /// <summary>The resident memory the process holds now (VmRSS).</summary>
    public double MemoryMegabytes() => Status("VmRSS:");

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static HostProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> settings, string? workingDirectory, Uri? baseAddress)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Modular.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        var host = new HostProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }

    private double Status(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
