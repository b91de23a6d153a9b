using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Reliability.Tests;

/// <summary>
/// Thousands of generated malformed and adversarial requests against the host on loopback: every one is answered
/// below 500, with a JSON body that is no internal error, within a bounded time, and the host's memory stays bounded.
/// </summary>
[Collection(Reliability.Collection)]
public sealed class FuzzTests
{
    private const int Requests = 5_200;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(5);

    /// <summary>Documents the product answers, to be broken in every way.</summary>
    private static readonly string[] Documents =
    [
        """{ plan(code: "223/KH-BTV") { progress(unitCode: "56", asOf: "2025-06-30") { target { code title } goal actual percent status children { unit { name } actual } } } }""",
        """{ units(parentCode: "568") { code name children { code } } }""",
        """{ unit(code: "22330") { name parent { name } modules { key } } }""",
        """{ organisation { members(unitCode: "22330", search: "nguyen", take: 5) { totalCount items { id fullName } } } }""",
        """{ economy { households(unitCode: "568", take: 3) { totalCount items { id headName } } } }""",
        """{ auditTrail(unitCode: "568", from: "2025-01-01", to: "2025-12-31", take: 5) { totalCount items { at user action } } }""",
        """{ reportedValues(unitCode: "22330") { value periodStart } indicators { key } }""",
        """query($id: ID!) { economy { household(id: $id) { id } } organisation { member(id: $id) { id } } }""",
        """mutation { reportValue(input: { indicator: "organisation.women-18plus", unitCode: "22330", periodStart: "2025-01-01", periodEnd: "2025-12-31", value: 10 }) { id } }""",
        """mutation($input: EconomyHouseholdInput!) { economy { createHousehold(input: $input) { id } } }""",
        """mutation { allocateGoal(planCode: "223/KH-BTV", targetCode: "2.2a", unitCode: "568", goal: 5) { goal } }""",
        """{ __schema { types { name fields { name type { name ofType { name } } } } } }""",
    ];

    [Fact]
    public async Task Malformed_and_adversarial_requests_never_get_a_5xx_an_empty_body_or_an_internal_error()
    {
        var data = Reliability.NewDataDirectory();
        using var host = await HostProcess.StartAsync(Reliability.Sqlite(data));
        var admin = Tokens.For("56", Role.Admin);
        var reporter = Tokens.For("22330", Role.Reporter);
        using (var warm = Reliability.Client(host, admin))
        {
            foreach (var document in Documents.Where(d => !d.Contains('$', StringComparison.Ordinal)))
            {
                await warm.PostAsJsonAsync("/graphql", new { query = document }); // compiled and cached before the clock runs
            }
        }

        var failures = new ConcurrentQueue<string>();
        var slowest = TimeSpan.Zero;
        var sent = 0;

        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancellationToken) =>
        {
            var random = new Random(20_261_202 + i);
            using var client = Reliability.Client(host, null, PerRequest * 2);
            using var request = Generate(random, i % 3 == 0 ? reporter : admin);
            var description = $"#{i} {request.Method} {request.RequestUri} {Describe(request)}";
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                clock.Stop();
                lock (failures)
                {
                    slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
                }

                if (Fault((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body) is { } fault)
                {
                    failures.Enqueue($"{description}: {fault}");
                }
                else if (clock.Elapsed > PerRequest)
                {
                    failures.Enqueue($"{description}: answered after {clock.Elapsed.TotalSeconds:0.0} s");
                }
            }
            catch (TaskCanceledException)
            {
                failures.Enqueue($"{description}: no answer within {PerRequest.TotalSeconds * 2} s");
            }

            Interlocked.Increment(ref sent);
        });

        Assert.True(sent >= 5_000, $"{sent} requests sent");
        var kinds = failures.GroupBy(f => f[(f.IndexOf(": HTTP", StringComparison.Ordinal) + 1)..][..Math.Min(40, f.Length - f.IndexOf(": HTTP", StringComparison.Ordinal) - 1)]).Select(g => g.First());
        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers, one of each kind:\n{string.Join("\n", kinds.Take(30))}");
        Assert.True(host.PeakMemoryMegabytes() < 1_000, $"the host peaked at {host.PeakMemoryMegabytes():0} MB");
        using var health = Reliability.Client(host, null);
        Assert.True((await health.GetAsync("/health")).IsSuccessStatusCode);
    }

    /// <summary>What is wrong with an answer, or null: a 5xx, an empty or non-JSON body, an internal error.</summary>
    private static string? Fault(int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return $"HTTP {status}: {Cut(body)}";
        }

        if (body.Length == 0)
        {
            return $"HTTP {status} with an empty body";
        }

        if (mediaType is not ("application/json" or "application/graphql-response+json"))
        {
            return $"HTTP {status} answered as {mediaType}";
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return $"HTTP {status} with a body that is not JSON: {Cut(body)}";
        }

        return parsed?["errors"] is JsonArray errors && errors.Any(e => e?["extensions"]?["code"]?.GetValue<string>() == "INTERNAL_SERVER_ERROR")
            ? $"HTTP {status} with an internal error: {Cut(body)}"
            : null;
    }

    private static HttpRequestMessage Generate(Random random, string token)
    {
        var request = (random.Next(12)) switch
        {
            0 => Post(Json(new { query = Break(random, Pick(random, Documents)) })),
            1 => Post(Json(new { query = Bomb(random) })),
            2 => Post(Json(new { query = Pick(random, Documents), variables = Variables(random) })),
            3 => Post(new ByteArrayContent(RawBody(random))),
            4 => Post(Json(new { query = Pick(random, Documents), variables = Variables(random) }), Pick(random, ["text/plain", "application/json; charset=latin1", "multipart/form-data", "application/jsonx", "", "application/json"])),
            5 => Get(random),
            6 => new HttpRequestMessage(Pick(random, [HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options]), "/graphql") { Content = Json(new { query = "{ modules { key } }" }) },
            7 => Post(Json(new { query = Injected(random), variables = (object?)null })),
            8 => Post(Json(new { query = "{ organisation { members(search: $s) { totalCount } } }".Replace("$s", JsonSerializer.Serialize(Words(random)), StringComparison.Ordinal) })),
            9 => Post(Json(new { query = Pick(random, Documents), operationName = Pick<object?>(random, ["Nope", 5, "", null]), extensions = Pick<object?>(random, [new { a = 1 }, "x", null]) })),
            10 => Post(Json(Pick<object>(random, [new { query = 5 }, new[] { 1 }, "query", new { query = (string?)null }, new { }]))),
            _ => Post(Json(new { query = Pick(random, ["subscription { modules { key } }", "type Query { a: Int }", "query A { modules { key } } query B { modules { key } }", "{ __typename }", "", "   ", "#"]) })),
        };

        switch (random.Next(6))
        {
            case 0:
                break; // anonymous
            case 1:
                request.Headers.TryAddWithoutValidation("Authorization", Pick(random, ["Bearer", "Bearer x.y.z", "Basic YWRtaW46YWRtaW4=", "Bearer " + new string('A', 2000), "Bearer " + Tokens.For("*", Role.Admin)]));
                break;
            default:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                break;
        }

        if (random.Next(4) == 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", Pick(random, ["text/csv", "application/graphql-response+json", "*/*", "application/json;q=0", "text/html", "application/*", "garbage;;;"]));
        }

        return request;
    }

    private static HttpRequestMessage Post(HttpContent content, string? contentType = null)
    {
        if (contentType is not null)
        {
            content.Headers.Remove("Content-Type");
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        else if (content.Headers.ContentType is null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
    }

    private static readonly JsonSerializerOptions Deep = new() { MaxDepth = 512 };

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body, Deep), Encoding.UTF8, "application/json");

    /// <summary>A document with characters deleted, inserted, doubled or cut short.</summary>
    private static string Break(Random random, string document)
    {
        var text = new StringBuilder(document);
        for (var edits = random.Next(1, 6); edits > 0 && text.Length > 0; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, Pick(random, ["{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "...", "\"", "\\", "#", "\u0000", "\ud800", "é", "𝔸", "1e999", "-"]));
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 40), text.Length - at);
                    text.Insert(at, text.ToString(at, length));
                    break;
                default:
                    text.Length = at;
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Documents built to cost: fragment bombs and chains, aliases, repeated fields, deep nesting, long lists.</summary>
    private static string Bomb(Random random)
    {
        var n = random.Next(2, 3_000);
        return random.Next(7) switch
        {
            0 => "{ ...F0 } " + string.Concat(Enumerable.Range(0, n % 60).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + $"fragment F{n % 60} on Query {{ modules {{ key }} }}",
            1 => "{ " + string.Concat(Enumerable.Range(0, n % 800).Select(i => $"a{i}: unit(code: \"{i}\") {{ name }} ")) + "}",
            2 => "{ " + string.Concat(Enumerable.Range(0, n % 800).Select(i => $"unit(code: \"{i}\") {{ name }} ")) + "}",
            3 => "{ unit(code: \"56\") " + string.Concat(Enumerable.Repeat("{ children ", n % 300)) + "{ code" + new string('}', (n % 300) + 2),
            4 => $"{{ unit(code: {string.Concat(Enumerable.Repeat("{a: [", n % 300))}1{string.Concat(Enumerable.Repeat("]}", n % 300))}) {{ name }} }}",
            5 => "{ ...F0 } " + string.Concat(Enumerable.Range(0, n).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }} ")) + $"fragment F{n} on Query {{ __typename }}",
            _ => $"{{ units(parentCode: [{string.Join(",", Enumerable.Range(0, n).Select(i => $"\"{i}\""))}]) {{ code }} }}",
        };
    }

    private static object Variables(Random random) => random.Next(8) switch
    {
        0 => new { id = Pick(random, ["abc", "1.0", "", "99999999999", "-1", "0", "1e3", " 1", "１"]) },
        1 => new { input = new { unitCode = "22330", headName = "Hộ A", village = "Tổ 1", statusAtStart = "POOR", supportStartedOn = Pick(random, ["2025-02-30", "9999-12-31", "0001-01-01", "2025-13-01", "25-01-01", "2025-01-01T00:00:00Z", "hôm qua"]), support = "LOAN", exitedPovertyOn = (string?)null } },
        2 => new { input = new { unitCode = Pick(random, ["*", "", "22330\u0000", new string('9', 500), "56"]), headName = new string('x', random.Next(0, 5_000)), village = "\u200b", statusAtStart = "RICH", supportStartedOn = "2025-01-01", support = 7 } },
        3 => new { id = Nest(random.Next(1, 80)) },
        4 => new { id = 1e300, other = long.MaxValue },
        5 => new { input = (object?)null, id = new[] { "1", "2" } },
        6 => new { input = new { unitCode = "22330", headName = "Hộ B", village = "Tổ 2", statusAtStart = "POOR", supportStartedOn = "2025-01-01", support = "LOAN", exitedPovertyOn = "2025-03-01", extra = true } },
        _ => new Dictionary<string, object?> { ["\ud800"] = 1 },
    };

    private static object Nest(int depth) => depth == 0 ? 1 : new { a = Nest(depth - 1) };

    /// <summary>Bodies that are not the JSON they claim to be: invalid UTF-8, lone surrogates, truncation, noise.</summary>
    private static byte[] RawBody(Random random)
    {
        var valid = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = Pick(random, Documents) }));
        switch (random.Next(6))
        {
            case 0:
                valid[random.Next(valid.Length)] = (byte)Pick(random, [0xFF, 0xC0, 0x80, 0xED, 0xF5]);
                return valid;
            case 1:
                return Encoding.UTF8.GetBytes("""{"query":"query($u: String!) { unit(code: $u) { name } }","variables":{"u":"\ud800x"}}""");
            case 2:
                return valid[..random.Next(valid.Length)];
            case 3:
                var noise = new byte[random.Next(1, 4_000)];
                random.NextBytes(noise);
                return noise;
            case 4:
                return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("[", random.Next(60, 2_000))));
            default:
                return Encoding.UTF8.GetBytes("{\"query\":\"{ modules { key } }\"" + new string(' ', 300 * 1024) + "}");
        }
    }

    private static HttpRequestMessage Get(Random random)
    {
        var query = Pick(random, [Break(random, Pick(random, Documents)), Pick(random, Documents), "mutation { reportValue(input: {}) { id } }", Bomb(random)]);
        var variables = Pick(random, ["", "&variables=" + Uri.EscapeDataString("{\"id\":\"abc\"}"), "&variables=%7B", "&variables=%ED%A0%80", "&query=second", "&operationName=%FF"]);
        var uri = "/graphql?query=" + Uri.EscapeDataString(query.Length > 4_000 ? query[..4_000] : query) + variables;
        return new HttpRequestMessage(HttpMethod.Get, uri);
    }

    /// <summary>Values that try to get out of their strings: quotes, comments, SQL, control characters.</summary>
    private static string Injected(Random random)
    {
        var value = Pick(random, ["' OR 1=1 --", "\\\"", "\"; DROP TABLE units; --", "%", "_", "\\u0000", "\\ud800", "${jndi:ldap://x}", "<script>", "𝔸𝔹", "nguyễn", "\\n\\r\\t"]);
        return $$"""{ unit(code: "{{value}}") { name } organisation { members(search: "{{value}}") { totalCount } } }""";
    }

    private static string Words(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, 1_200)).Select(i => new string((char)('a' + (i % 26)), random.Next(1, 6))));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Describe(HttpRequestMessage request) => request.Content is StringContent text
        ? Cut(text.ReadAsStringAsync().GetAwaiter().GetResult())
        : string.Empty;

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
