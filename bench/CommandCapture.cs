using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Modular.Bench;

/// <summary>A SQL command the product ran, with its parameters, to replay it raw.</summary>
internal sealed record CapturedCommand(string ConnectionString, string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>Records the SQL commands EF Core executes while it is alive (through EF's diagnostic events).</summary>
internal sealed class CommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Lock _gate = new();

    public CommandCapture() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public List<CapturedCommand> Commands { get; } = [];

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData { Command: DbCommand command })
        {
            var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
            lock (_gate)
            {
                Commands.Add(new CapturedCommand(command.Connection!.ConnectionString, command.CommandText, parameters));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
}
