using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Modular.Shared.Progress;
using Npgsql;

namespace Modular.Bench;

/// <summary>
/// The floor of a read after a write: the dashboard's answer already aggregated and stored, one row per unit shown
/// and target (goal, actual, percent, units meeting and counted), read back with plain ADO.NET. Nothing can answer a
/// dashboard faster than reading its figures.
/// </summary>
internal static class AnswerFloor
{
    public static async Task<List<double>> MeasureAsync(ProgressEvaluation evaluation, string unitCode, string provider, string dataDirectory, string? postgres)
    {
        var unit = evaluation.Tree.Find(unitCode, evaluation.AsOf)!;
        var rows = evaluation.ForUnit(unit).SelectMany(p => p.Children.Prepend(p)).ToList();
        await using var connection = provider == "postgres"
            ? (DbConnection)new NpgsqlConnection(postgres)
            : new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "answer-floor.db")}");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "DROP TABLE IF EXISTS answer_floor");
        await ExecuteAsync(connection, "CREATE TABLE answer_floor (unit_id integer NOT NULL, target text NOT NULL, goal double precision, actual double precision, percent double precision, meeting integer, counted integer, PRIMARY KEY (unit_id, target))");
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var row in rows.DistinctBy(r => (r.Unit.Id, r.Target.Code)))
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = string.Create(CultureInfo.InvariantCulture, $"INSERT INTO answer_floor VALUES ({row.Unit.Id}, '{row.Target.Code}', {row.Goal}, {row.Actual}, {row.Percent}, {row.UnitsMeeting?.ToString(CultureInfo.InvariantCulture) ?? "NULL"}, {row.UnitsCounted?.ToString(CultureInfo.InvariantCulture) ?? "NULL"})");
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var units = string.Join(',', rows.Select(r => r.Unit.Id).Distinct());
        var times = new List<double>();
        for (var i = 0; i < 53; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT unit_id, target, goal, actual, percent, meeting, counted FROM answer_floor WHERE unit_id IN ({units})";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    _ = reader.GetValue(c);
                }
            }

            if (i >= 3)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        await ExecuteAsync(connection, "DROP TABLE answer_floor");
        return times;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
