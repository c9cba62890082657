using Kierunek.Domain.Strategies;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using System.Data.Common;
using System.Globalization;

namespace Kierunek.Data.Strategies;

/// <summary>Writes a document's query rows (nodes, indicators, their values) in the caller's open transaction without
/// EF Core's change tracker, which spent most of a 50 000-item strategy's 40 s on tracking 250 000 objects. The ids a
/// row's children point at are taken first — PostgreSQL hands out a block of its sequence, SQLite (one writer at a time,
/// and the transaction already writes) continues after the highest id it ever gave — then PostgreSQL gets the rows by
/// binary COPY and SQLite by one prepared INSERT per table. Column names come from the EF model, so the mapping has one home.</summary>
internal static class ProjectionWriter
{
    private sealed record Node(int Id, int? ParentId, int Position, StrategyNode Source);
    private sealed record IndicatorLine(int Id, int NodeId, int Position, Indicator Source);

    public static async Task WriteAsync(KierunekDb db, int documentId, StrategyDocument document, CancellationToken ct)
    {
        var flat = new List<(StrategyNode Node, int? Parent)>();
        void Walk(StrategyNode node, int? parent)
        {
            var index = flat.Count;
            flat.Add((node, parent));
            foreach (var child in node.Children) Walk(child, index);
        }
        foreach (var root in document.Roots) Walk(root, null);
        var nodeIds = await ReserveAsync(db, typeof(NodeRow), flat.Count, ct);
        var nodes = flat.Select((n, i) => new Node(nodeIds[i], n.Parent is { } p ? nodeIds[p] : null, i, n.Node)).ToList();
        var indicatorCount = flat.Sum(n => n.Node.Indicators.Count);
        var indicatorIds = await ReserveAsync(db, typeof(IndicatorRow), indicatorCount, ct);
        var indicators = new List<IndicatorLine>(indicatorCount);
        foreach (var node in nodes)
            for (var i = 0; i < node.Source.Indicators.Count; i++)
                indicators.Add(new IndicatorLine(indicatorIds[indicators.Count], node.Id, i, node.Source.Indicators[i]));

        if (db.Database.IsNpgsql()) await CopyAsync(db, documentId, nodes, indicators, ct);
        else await InsertAsync(db, documentId, nodes, indicators, ct);
    }

    /// <summary><paramref name="count"/> ids for new rows of the entity's table, unique even beside another writer.</summary>
    private static async Task<int[]> ReserveAsync(KierunekDb db, Type entity, int count, CancellationToken ct)
    {
        if (count == 0) return [];
        var (table, columns) = Mapping(db, entity, nameof(NodeRow.Id));
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        if (db.Database.IsNpgsql())
        {
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('{table}', '{columns[0]}')) FROM generate_series(1, {count})";
            var ids = new List<int>(count);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids.Add(checked((int)reader.GetInt64(0)));
            return [.. ids];
        }
        // AUTOINCREMENT never gives an id twice: start after both the highest row and the highest id ever given.
        command.CommandText = $"SELECT MAX(COALESCE((SELECT MAX(\"{columns[0]}\") FROM \"{table}\"), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0))";
        var last = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return Enumerable.Range(last + 1, count).ToArray();
    }

    private static (string Table, string[] Columns) Mapping(KierunekDb db, Type type, params string[] properties)
    {
        var entity = db.Model.FindEntityType(type)!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (entity.GetTableName()!, properties.Select(p => entity.FindProperty(p)!.GetColumnName(table)!).ToArray());
    }

    private static readonly string[] NodeColumns =
        [nameof(NodeRow.Id), nameof(NodeRow.DocumentId), nameof(NodeRow.ParentId), nameof(NodeRow.Position), nameof(NodeRow.Kind), nameof(NodeRow.LevelName), nameof(NodeRow.Code), nameof(NodeRow.Title)];
    private static readonly string[] IndicatorColumns =
        [nameof(IndicatorRow.Id), nameof(IndicatorRow.NodeId), nameof(IndicatorRow.Position), nameof(IndicatorRow.Code), nameof(IndicatorRow.Name), nameof(IndicatorRow.Unit)];
    private static readonly string[] ValueColumns =
        [nameof(IndicatorValueRow.IndicatorId), nameof(IndicatorValueRow.FromYear), nameof(IndicatorValueRow.ToYear), nameof(IndicatorValueRow.Raw),
         nameof(IndicatorValueRow.Kind), nameof(IndicatorValueRow.Number), nameof(IndicatorValueRow.Unit)];

    private static async Task CopyAsync(KierunekDb db, int documentId, List<Node> nodes, List<IndicatorLine> indicators, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        string Copy(Type type, string[] properties)
        {
            var (table, columns) = Mapping(db, type, properties);
            return $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        }
        // Synchronous writes into the importer's buffer: an await per field costs more than the buffer's rare flush.
        await using (var copy = await connection.BeginBinaryImportAsync(Copy(typeof(NodeRow), NodeColumns), ct))
        {
            foreach (var n in nodes)
            {
                copy.StartRow();
                copy.Write(n.Id, NpgsqlDbType.Integer);
                copy.Write(documentId, NpgsqlDbType.Integer);
                Nullable(copy, n.ParentId, NpgsqlDbType.Integer);
                copy.Write(n.Position, NpgsqlDbType.Integer);
                copy.Write(n.Source.Kind.ToString(), NpgsqlDbType.Text);
                copy.Write(n.Source.LevelName, NpgsqlDbType.Text);
                Nullable(copy, n.Source.Code, NpgsqlDbType.Text);
                Nullable(copy, n.Source.Title, NpgsqlDbType.Text);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var copy = await connection.BeginBinaryImportAsync(Copy(typeof(IndicatorRow), IndicatorColumns), ct))
        {
            foreach (var i in indicators)
            {
                copy.StartRow();
                copy.Write(i.Id, NpgsqlDbType.Integer);
                copy.Write(i.NodeId, NpgsqlDbType.Integer);
                copy.Write(i.Position, NpgsqlDbType.Integer);
                Nullable(copy, i.Source.Code, NpgsqlDbType.Text);
                Nullable(copy, i.Source.Name, NpgsqlDbType.Text);
                Nullable(copy, i.Source.Unit, NpgsqlDbType.Text);
            }
            await copy.CompleteAsync(ct);
        }
        await using (var copy = await connection.BeginBinaryImportAsync(Copy(typeof(IndicatorValueRow), ValueColumns), ct))
        {
            foreach (var i in indicators)
            foreach (var v in i.Source.Values)
            {
                copy.StartRow();
                copy.Write(i.Id, NpgsqlDbType.Integer);
                copy.Write(v.Period.FromYear, NpgsqlDbType.Integer);
                copy.Write(v.Period.ToYear, NpgsqlDbType.Integer);
                copy.Write(v.Value.Raw, NpgsqlDbType.Text);
                copy.Write(v.Value.Kind.ToString(), NpgsqlDbType.Text);
                Nullable(copy, v.Value.Reading.Number, NpgsqlDbType.Numeric);
                Nullable(copy, v.Value.Reading.Unit, NpgsqlDbType.Text);
            }
            await copy.CompleteAsync(ct);
        }
    }

    private static void Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, type);
    }

    /// <summary>SQLite runs in-process: each INSERT is synchronous underneath, and an await per row would only add its cost.</summary>
    private static Task InsertAsync(KierunekDb db, int documentId, List<Node> nodes, List<IndicatorLine> indicators, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        using (var insert = Insert(db, connection, transaction, typeof(NodeRow), NodeColumns))
            foreach (var n in nodes)
                Run(insert, n.Id, documentId, n.ParentId, n.Position, n.Source.Kind.ToString(), n.Source.LevelName, n.Source.Code, n.Source.Title);
        using (var insert = Insert(db, connection, transaction, typeof(IndicatorRow), IndicatorColumns))
            foreach (var i in indicators)
                Run(insert, i.Id, i.NodeId, i.Position, i.Source.Code, i.Source.Name, i.Source.Unit);
        using (var insert = Insert(db, connection, transaction, typeof(IndicatorValueRow), ValueColumns))
            foreach (var i in indicators)
            foreach (var v in i.Source.Values)
                // A decimal as EF Core's SQLite provider writes it: invariant text.
                Run(insert, i.Id, v.Period.FromYear, v.Period.ToYear, v.Value.Raw, v.Value.Kind.ToString(),
                    v.Value.Reading.Number?.ToString("0.0###########################", CultureInfo.InvariantCulture), v.Value.Reading.Unit);
        ct.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    private static SqliteCommand Insert(KierunekDb db, SqliteConnection connection, SqliteTransaction transaction, Type type, string[] properties)
    {
        var (table, columns) = Mapping(db, type, properties);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static void Run(DbCommand insert, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        insert.ExecuteNonQuery();
    }
}
