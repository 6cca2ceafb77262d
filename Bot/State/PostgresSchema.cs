using Npgsql;

namespace PolicyBot.Bot.State;

/// <summary>
/// Creates PolicyBot's tables in the connection's schema once per data source. Instances starting together take an
/// advisory lock, because concurrent <c>CREATE TABLE IF NOT EXISTS</c> can still collide in PostgreSQL's catalog.
/// </summary>
internal sealed class PostgresSchema(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    /// <summary>A store's schema over a data source of its own (<see cref="CreateDataSource"/>), which it disposes.</summary>
    public static PostgresSchema Open(string connectionString, TimeSpan? commandTimeout, TimeSpan? connectTimeout = null) =>
        new(CreateDataSource(connectionString, commandTimeout, connectTimeout));

    private const string Ddl = """
        SELECT pg_advisory_xact_lock(7274163);
        CREATE TABLE IF NOT EXISTS conversation_state (
            key TEXT NOT NULL PRIMARY KEY,
            data BYTEA NOT NULL,
            version BIGINT NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS tickets (
            id TEXT NOT NULL PRIMARY KEY,
            data BYTEA NOT NULL,
            version BIGINT NOT NULL,
            status TEXT NOT NULL,
            reminded BOOLEAN NOT NULL,
            created_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX IF NOT EXISTS tickets_waiting ON tickets (status, reminded, created_at);
        CREATE TABLE IF NOT EXISTS usage_events (
            id BIGSERIAL PRIMARY KEY,
            week TEXT NOT NULL,
            kind TEXT NOT NULL,
            topic TEXT NULL,
            handoff_owner TEXT NULL,
            language TEXT NOT NULL,
            question TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS usage_events_week ON usage_events (week);
        CREATE TABLE IF NOT EXISTS content_versions (
            number INTEGER NOT NULL PRIMARY KEY,
            author TEXT NOT NULL,
            published_at TIMESTAMPTZ NOT NULL,
            message TEXT NOT NULL,
            kind TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS content_files (
            version INTEGER NOT NULL REFERENCES content_versions (number),
            path TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (version, path)
        );
        CREATE TABLE IF NOT EXISTS answered_messages (
            id BIGSERIAL PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            topic TEXT NOT NULL,
            language TEXT NOT NULL,
            answered_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX IF NOT EXISTS answered_messages_conversation ON answered_messages (conversation_key, id);
        CREATE INDEX IF NOT EXISTS answered_messages_time ON answered_messages (answered_at);
        ALTER TABLE conversation_state ADD COLUMN IF NOT EXISTS user_id TEXT NULL;
        ALTER TABLE tickets
            ADD COLUMN IF NOT EXISTS employee_id TEXT NULL,
            ADD COLUMN IF NOT EXISTS employee_ref TEXT NULL,
            ADD COLUMN IF NOT EXISTS picker_id TEXT NULL,
            ADD COLUMN IF NOT EXISTS closed_at TIMESTAMPTZ NULL;
        UPDATE conversation_state SET user_id = coalesce(convert_from(data, 'UTF8')::jsonb #>> '{user,id}', '')
        WHERE user_id IS NULL AND CASE WHEN position('/references/' in key) > 0
            THEN coalesce(convert_from(data, 'UTF8')::jsonb #>> '{conversation,conversationType}', 'personal') = 'personal' ELSE false END;
        UPDATE tickets SET
            employee_id = coalesce(convert_from(data, 'UTF8')::jsonb #>> '{employee,user,id}', ''),
            employee_ref = (convert_from(data, 'UTF8')::jsonb #>> '{employee,channelId}') || '/references/' || (convert_from(data, 'UTF8')::jsonb #>> '{employee,conversation,id}'),
            picker_id = convert_from(data, 'UTF8')::jsonb ->> 'pickedUpById',
            closed_at = CASE WHEN status <> 'open' THEN created_at END
        WHERE employee_id IS NULL;
        CREATE INDEX IF NOT EXISTS conversation_state_user ON conversation_state (user_id) WHERE user_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS conversation_state_updated ON conversation_state (updated_at);
        CREATE INDEX IF NOT EXISTS tickets_employee ON tickets (employee_id);
        CREATE INDEX IF NOT EXISTS tickets_employee_ref ON tickets (employee_ref);
        CREATE INDEX IF NOT EXISTS tickets_picker ON tickets (picker_id);
        CREATE INDEX IF NOT EXISTS tickets_closed ON tickets (status, closed_at);
        """;

    // The ALTERs and one-time UPDATEs bring a database made before issue 16 up to date (retention and erasure columns);
    // on a current database the UPDATEs match no row (the conversation_state one scans once per instance start).

    /// <summary>
    /// A data source whose commands give up after <paramref name="commandTimeout"/> (default
    /// <see cref="StorageOptions.DefaultCommandTimeout"/>, replacing Npgsql's 30 s), so a row or table lock held
    /// elsewhere fails a turn within its budget instead of stalling it; likewise opening a connection to a host that
    /// does not answer gives up after <paramref name="connectTimeout"/> (Npgsql's 15 s), unless the connection string sets <c>Timeout</c>.
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString, TimeSpan? commandTimeout, TimeSpan? connectTimeout = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            CommandTimeout = StorageOptions.Seconds(commandTimeout ?? StorageOptions.DefaultCommandTimeout),
        };
        if (!SetsConnectTimeout(connectionString)) builder.Timeout = StorageOptions.Seconds(connectTimeout ?? StorageOptions.DefaultConnectTimeout);
        return NpgsqlDataSource.Create(builder);
    }

    // Whichever keyword spells it, a Timeout in the connection string replaces one put before it.
    private static bool SetsConnectTimeout(string connectionString)
    {
        const int Unset = 1021;
        return new NpgsqlConnectionStringBuilder($"Timeout={Unset};{connectionString}").Timeout != Unset;
    }

    private readonly Lock _lock = new();
    private Task? _creating;
    private volatile bool _created;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created) await CreationAsync().WaitAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    // Callers that arrive while the tables are being made share that attempt, and its failure: a database that does
    // not answer costs a turn one connect timeout, not one per caller in line. The next caller after a failure tries again.
    private Task CreationAsync()
    {
        lock (_lock)
        {
            if (_creating is null || _creating.IsFaulted || _creating.IsCanceled) _creating = CreateAsync();
            return _creating;
        }
    }

    private async Task CreateAsync()
    {
        // Not one caller's token: the attempt is shared, and the connect and command timeouts bound it.
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(Ddl, connection, transaction)) await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        _created = true;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
