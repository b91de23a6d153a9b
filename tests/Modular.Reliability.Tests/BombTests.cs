using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Reliability.Tests;

/// <summary>The documents that once kept both cores busy for minutes are answered within a second, with or without a token.</summary>
[Collection(Reliability.Collection)]
public sealed class BombTests
{
    /// <summary>24 and 30 levels of fragments spreading the next twice, a chain of 2,000 fragments, 600 conflicting or aliased fields.</summary>
    public static TheoryData<string, string> Bombs => new()
    {
        { "fragment bomb, 24 levels", FragmentBomb(24) },
        { "fragment bomb, 30 levels", FragmentBomb(30) },
        { "fragment chain, 2000", "{ ...F0 } " + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} ")) + "fragment F2000 on Query { __typename }" },
        { "alias bomb, 600", "{ " + string.Concat(Enumerable.Range(0, 600).Select(i => $"u{i}: unit(code: \"{i}\") {{ name }} ")) + "}" },
        { "conflicting fields, 600", "{ " + string.Concat(Enumerable.Range(0, 600).Select(i => $"u: unit(code: \"{i}\") {{ name }} ")) + "}" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task A_bomb_is_answered_with_a_small_4xx_within_a_second(string name, string document)
    {
        var data = Reliability.NewDataDirectory();
        using var host = await HostProcess.StartAsync(Reliability.Sqlite(data));
        using var anonymous = Reliability.Client(host, null);
        using var admin = Reliability.Admin(host);
        await Reliability.DataAsync(admin, "{ modules { key } }"); // warm: the first request also builds the schema

        foreach (var client in new[] { anonymous, admin })
        {
            var times = new List<TimeSpan>();
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.PostAsJsonAsync("/graphql", new { query = document });
                var body = await response.Content.ReadAsStringAsync();
                times.Add(clock.Elapsed);
                Assert.True((int)response.StatusCode is >= 400 and < 500, $"{name}: HTTP {(int)response.StatusCode}");
                Assert.True(body.Length < 2_000, $"{name}: {body.Length} bytes");
            }

            var median = times.Order().ElementAt(times.Count / 2);
            Assert.True(median < TimeSpan.FromSeconds(1), $"{name}: answered in {median.TotalMilliseconds:0} ms");
        }

        Assert.True(host.PeakMemoryMegabytes() < 600, $"{name}: the host peaked at {host.PeakMemoryMegabytes():0} MB");
    }

    private static string FragmentBomb(int levels) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{levels} on Query {{ modules {{ key }} }}";
}
