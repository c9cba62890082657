using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using SQLitePCL;
using System.Globalization;
using NpgsqlTypes;

namespace Kierunek.Data.Ozps;

/// <summary>Writes new OZPS value rows in the caller's open transaction without EF Core's change tracker, which
/// would hold every row of a national file: PostgreSQL gets them through binary COPY, SQLite through one prepared
/// INSERT run once per row. Column names come from the EF model, so the mapping has one home.</summary>
internal abstract class OzpsBulkWriter : IAsyncDisposable
{
    /// <summary>The columns written, in order; the id is the database's.</summary>
    protected static readonly string[] Properties =
    [
        nameof(OzpsValueRow.UnitCode), nameof(OzpsValueRow.TableCode), nameof(OzpsValueRow.RowCode), nameof(OzpsValueRow.Year),
        nameof(OzpsValueRow.Forecast), nameof(OzpsValueRow.Raw), nameof(OzpsValueRow.Kind), nameof(OzpsValueRow.Number),
        nameof(OzpsValueRow.Comment), nameof(OzpsValueRow.Synthetic), nameof(OzpsValueRow.SourceFile), nameof(OzpsValueRow.SourceLine),
    ];

    public static OzpsBulkWriter For(KierunekDb db) => db.Database.IsNpgsql() ? new Postgres(db) : new Sqlite(db);

    public abstract ValueTask WriteAsync(OzpsValueRow row, CancellationToken ct);

    /// <summary>Ends what is under way so the connection can run other commands (PostgreSQL's COPY holds it).</summary>
    public abstract ValueTask PauseAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    protected static (string Table, string[] Columns) Mapping(KierunekDb db)
    {
        var entity = db.Model.FindEntityType(typeof(OzpsValueRow))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (entity.GetTableName()!, Properties.Select(p => entity.FindProperty(p)!.GetColumnName(table)!).ToArray());
    }

    private sealed class Postgres(KierunekDb db) : OzpsBulkWriter
    {
        private NpgsqlBinaryImporter? copy;

        public override async ValueTask WriteAsync(OzpsValueRow row, CancellationToken ct)
        {
            if (copy is null)
            {
                var (table, columns) = Mapping(db);
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                copy = await connection.BeginBinaryImportAsync(
                    $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", ct);
            }
            // Synchronous writes into the importer's buffer: an await per field costs more than the buffer's rare flush.
            copy.StartRow();
            copy.Write(row.UnitCode, NpgsqlDbType.Varchar);
            copy.Write(row.TableCode, NpgsqlDbType.Text);
            copy.Write(row.RowCode, NpgsqlDbType.Text);
            copy.Write(row.Year, NpgsqlDbType.Integer);
            copy.Write(row.Forecast, NpgsqlDbType.Boolean);
            copy.Write(row.Raw, NpgsqlDbType.Text);
            copy.Write(row.Kind, NpgsqlDbType.Text);
            if (row.Number is { } number) copy.Write(number, NpgsqlDbType.Numeric); else copy.WriteNull();
            if (row.Comment is { } comment) copy.Write(comment, NpgsqlDbType.Text); else copy.WriteNull();
            copy.Write(row.Synthetic, NpgsqlDbType.Boolean);
            if (row.SourceFile is { } file) copy.Write(file, NpgsqlDbType.Text); else copy.WriteNull();
            if (row.SourceLine is { } line) copy.Write(line, NpgsqlDbType.Integer); else copy.WriteNull();
        }

        public override async ValueTask PauseAsync(CancellationToken ct)
        {
            if (copy is null) return;
            await copy.CompleteAsync(ct);
            await copy.DisposeAsync();
            copy = null;
        }

        // Disposed without PauseAsync, the COPY is cancelled: nothing of it is written.
        public override async ValueTask DisposeAsync()
        {
            if (copy is not null) await copy.DisposeAsync();
        }
    }

    /// <summary>One statement prepared once and stepped per row through SQLite's own API (SQLitePCLRaw, which
    /// Microsoft.Data.Sqlite is built on): binding by position, with none of a command's per-call work, writes a
    /// national file in a third of the time. Values are bound as EF Core writes them (a decimal as invariant text).</summary>
    private sealed class Sqlite : OzpsBulkWriter
    {
        private readonly sqlite3 connection;
        private readonly sqlite3_stmt insert;

        public Sqlite(KierunekDb db)
        {
            var (table, columns) = Mapping(db);
            connection = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
            var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
            Check(raw.sqlite3_prepare_v2(connection, sql, out insert));
        }

        public override ValueTask WriteAsync(OzpsValueRow row, CancellationToken ct)
        {
            Text(1, row.UnitCode);
            Text(2, row.TableCode);
            Text(3, row.RowCode);
            Check(raw.sqlite3_bind_int(insert, 4, row.Year));
            Check(raw.sqlite3_bind_int(insert, 5, row.Forecast ? 1 : 0));
            Text(6, row.Raw);
            Text(7, row.Kind);
            Text(8, row.Number?.ToString("0.0###########################", CultureInfo.InvariantCulture));
            Text(9, row.Comment);
            Check(raw.sqlite3_bind_int(insert, 10, row.Synthetic ? 1 : 0));
            Text(11, row.SourceFile);
            Check(row.SourceLine is { } line ? raw.sqlite3_bind_int(insert, 12, line) : raw.sqlite3_bind_null(insert, 12));
            var stepped = raw.sqlite3_step(insert);
            raw.sqlite3_reset(insert);
            if (stepped != raw.SQLITE_DONE) throw new SqliteException(raw.sqlite3_errmsg(connection).utf8_to_string(), stepped);
            return ValueTask.CompletedTask; // SQLite runs in-process: there is nothing to wait for
        }

        public override ValueTask PauseAsync(CancellationToken ct) => ValueTask.CompletedTask;

        public override ValueTask DisposeAsync()
        {
            insert.Dispose();
            return ValueTask.CompletedTask;
        }

        // UTF-16 straight from the string: SQLite converts it itself, so no UTF-8 copy is made per value.
        private void Text(int index, string? value) => Check(value is null ? raw.sqlite3_bind_null(insert, index) : raw.sqlite3_bind_text16(insert, index, value.AsSpan()));

        private void Check(int code)
        {
            if (code != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(connection).utf8_to_string(), code);
        }
    }
}
