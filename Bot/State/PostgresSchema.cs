using Npgsql;

namespace PolicyBot.Bot.State;

/// <summary>
/// Creates PolicyBot's tables in the connection's schema once per data source. Instances starting together take an
/// advisory lock, because concurrent <c>CREATE TABLE IF NOT EXISTS</c> can still collide in PostgreSQL's catalog.
/// </summary>
internal sealed class PostgresSchema(NpgsqlDataSource dataSource)
{
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
        """;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// A data source whose commands give up after <paramref name="commandTimeout"/> (default
    /// <see cref="StorageOptions.DefaultCommandTimeout"/>, replacing Npgsql's 30 s), so a row or table lock held
    /// elsewhere fails a turn within its budget instead of stalling it.
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString, TimeSpan? commandTimeout) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            CommandTimeout = StorageOptions.Seconds(commandTimeout ?? StorageOptions.DefaultCommandTimeout),
        });
    private volatile bool _created;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created) await CreateAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_created) return;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var command = new NpgsqlCommand(Ddl, connection, transaction)) await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _created = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
