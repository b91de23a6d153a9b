using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Access;
using Modular.Testing;

namespace Modular.Host.Tests;

/// <summary>The product's calendar for reporting tests: "today" is what the test says, so due dates and lateness are exact.</summary>
internal sealed class ReportingClock(DateOnly today) : TimeProvider
{
    private DateTimeOffset _now = At(today);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Set(DateOnly today) => _now = At(today);

    public override DateTimeOffset GetUtcNow() => _now;

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
}

/// <summary>A product whose calendar the test moves, and clients signed in with tokens valid in real time (sign-in checks those against the real clock).</summary>
internal sealed class ReportingProduct : IDisposable
{
    public ReportingProduct(DateOnly today, IDictionary<string, string?>? settings = null)
    {
        Clock = new ReportingClock(today);
        Factory = new ProductFactory(settings, s => s.AddSingleton<TimeProvider>(Clock));
    }

    public ReportingClock Clock { get; }

    public ProductFactory Factory { get; }

    public GraphQLClient ClientFor(string unitCode, Role role, string? userName = null)
    {
        var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(unitCode, role, userName));
        return new GraphQLClient(http);
    }

    public void Dispose() => Factory.Dispose();
}
