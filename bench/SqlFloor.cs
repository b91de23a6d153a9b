using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Modular.Bench;

/// <summary>
/// The floor: the same SQL the product ran for a dashboard, replayed with plain ADO.NET and every row read, with
/// nothing else around it (no EF, no progress engine, no GraphQL, no HTTP).
/// </summary>
internal static class SqlFloor
{
    public static async Task<List<double>> MeasureAsync(IReadOnlyList<CapturedCommand> commands, string provider)
    {
        for (var i = 0; i < 3; i++)
        {
            await ReplayAsync(commands, provider);
        }

        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var clock = Stopwatch.StartNew();
            await ReplayAsync(commands, provider);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static async Task ReplayAsync(IReadOnlyList<CapturedCommand> commands, string provider)
    {
        foreach (var captured in commands)
        {
            await using DbConnection connection = provider == "postgres" ? new NpgsqlConnection(captured.ConnectionString) : new SqliteConnection(captured.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = captured.Text;
            foreach (var (name, value) in captured.Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        _ = reader.GetValue(i);
                    }
                }
            }
            while (await reader.NextResultAsync());
        }
    }
}
