using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace Modular.Bench;

/// <summary>What a mixed-load run saw: latencies, how many requests failed, and reads that missed a write acknowledged before they began.</summary>
internal sealed record MixedLoadResult(List<double> Reads, List<double> Writes, int Errors, int NotVisible, string? FirstError);

/// <summary>
/// Officers writing while others read, for a bounded time on loopback: writes at a steady rate at random base unions
/// (spread over several users, as the per-user write limit expects), and dashboard readers in a loop, half at the root
/// and half at one unit below it. Every read checks that it counts every household whose write was acknowledged
/// before the read began.
/// </summary>
internal static class MixedLoad
{
    private const int WriterUsers = 10;

    public static async Task<MixedLoadResult> RunAsync(
        Uri baseAddress,
        Func<string, string> tokenFor,
        (string Code, List<string> Communes) root,
        (string Code, List<string> Communes) child,
        int writesPerSecond,
        int readers,
        TimeSpan duration)
    {
        using var reader = Client(baseAddress, tokenFor("bench-reader"));
        var baseline = new Dictionary<string, double>
        {
            [root.Code] = Workload.Households(await Workload.PostAsync(reader, Workload.DashboardQuery(root.Code))),
            [child.Code] = Workload.Households(await Workload.PostAsync(reader, Workload.DashboardQuery(child.Code))),
        };
        var underChild = child.Communes.ToHashSet(StringComparer.Ordinal);
        var acknowledged = new ConcurrentDictionary<string, int>(StringComparer.Ordinal) { [root.Code] = 0, [child.Code] = 0 };
        var writers = Enumerable.Range(0, WriterUsers).Select(i => Client(baseAddress, tokenFor($"bench-writer-{i}"))).ToList();
        var reads = new ConcurrentBag<double>();
        var writes = new ConcurrentBag<double>();
        var errors = 0;
        var notVisible = 0;
        string? firstError = null;
        void Fail(Exception e)
        {
            Interlocked.Increment(ref errors);
            Interlocked.CompareExchange(ref firstError, e.Message, null);
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(2025);
        var pending = new List<Task>();
        var writing = Task.Run(async () =>
        {
            var interval = TimeSpan.FromSeconds(1.0 / writesPerSecond);
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var due = interval * n;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                var commune = root.Communes[random.Next(root.Communes.Count)];
                var http = writers[n % WriterUsers];
                var name = $"tải {n} {DateTime.UtcNow.Ticks}";
                pending.Add(Task.Run(async () =>
                {
                    try
                    {
                        writes.Add(await Workload.TimeAsync(() => Workload.WriteAsync(http, commune, name)));
                        acknowledged.AddOrUpdate(root.Code, 1, (_, c) => c + 1);
                        if (underChild.Contains(commune))
                        {
                            acknowledged.AddOrUpdate(child.Code, 1, (_, c) => c + 1);
                        }
                    }
                    catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
                    {
                        Fail(e);
                    }
                }));
            }
        });

        var reading = Enumerable.Range(0, readers).Select(i => Task.Run(async () =>
        {
            var unit = i % 2 == 0 ? root.Code : child.Code;
            using var http = Client(baseAddress, tokenFor($"bench-reader-{i}"));
            while (clock.Elapsed < duration)
            {
                var before = acknowledged[unit];
                try
                {
                    var started = Stopwatch.StartNew();
                    var data = await Workload.PostAsync(http, Workload.DashboardQuery(unit));
                    reads.Add(started.Elapsed.TotalMilliseconds);
                    if (Workload.Households(data) < baseline[unit] + before - 1e-9)
                    {
                        Interlocked.Increment(ref notVisible);
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
                {
                    Fail(e);
                }
            }
        })).ToList();

        await writing;
        await Task.WhenAll(pending);
        await Task.WhenAll(reading);
        writers.ForEach(w => w.Dispose());
        return new MixedLoadResult([.. reads], [.. writes], errors, notVisible, firstError);
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
