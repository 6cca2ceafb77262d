namespace PolicyBot.Bot.State;

/// <summary>Section <c>Storage</c>: where conversation state lives.</summary>
public sealed record StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (default, one instance), <c>postgres</c> (instances sharing state) or <c>memory</c> (tests).</summary>
    public string Provider { get; init; } = "sqlite";

    /// <summary>The SQLite file; relative paths resolve against the content root. Created when missing.</summary>
    public string SqlitePath { get; init; } = "data/policybot.db";

    /// <summary>An Npgsql connection string for <c>postgres</c>, e.g. <c>Host=db;Username=policybot;Password=…;Database=policybot</c>.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>
    /// Conversation states the SQLite provider keeps in memory (what it last read or wrote), so a turn of a recent
    /// conversation skips the store read; writes always go to the file. 0 turns it off.
    /// </summary>
    public int CacheEntries { get; init; } = 10_000;

    /// <summary>
    /// How long this process trusts what it cached per conversation (state, conversation reference) before asking the
    /// store again: what <c>forget</c> or another instance removed leaves memory within this time. 1 s to 1 h.
    /// </summary>
    public TimeSpan CacheTtl { get; init; } = DefaultCacheTtl;

    public static TimeSpan DefaultCacheTtl { get; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a turn is re-run when another writer changed the conversation in between.</summary>
    public int MaxConflictRetries { get; init; } = 3;

    /// <summary>
    /// How long one store command may wait for a lock (SQLite's busy timeout: a backup or an open <c>sqlite3</c> shell)
    /// or for PostgreSQL before it fails and the turn gets the polite error reply. Whole seconds, 1 to 30.
    /// </summary>
    public TimeSpan CommandTimeout { get; init; } = DefaultCommandTimeout;

    public static TimeSpan DefaultCommandTimeout { get; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long opening a PostgreSQL connection may take (a database host that does not answer) before the turn gets
    /// the polite error reply; Npgsql's own default is 15 s. A <c>Timeout</c> in the connection string wins. Whole seconds, 1 to 30.
    /// </summary>
    public TimeSpan ConnectTimeout { get; init; } = DefaultConnectTimeout;

    public static TimeSpan DefaultConnectTimeout { get; } = TimeSpan.FromSeconds(2);

    /// <summary><see cref="CommandTimeout"/> as the whole seconds that Microsoft.Data.Sqlite and Npgsql take (0 would mean forever).</summary>
    public static int Seconds(TimeSpan timeout) => Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
}
