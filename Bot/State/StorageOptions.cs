namespace PolicyBot.Bot.State;

/// <summary>Section <c>Storage</c>: where conversation state lives.</summary>
public sealed record StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (default) or <c>memory</c>.</summary>
    public string Provider { get; init; } = "sqlite";

    /// <summary>The SQLite file; relative paths resolve against the content root. Created when missing.</summary>
    public string SqlitePath { get; init; } = "data/policybot.db";

    /// <summary>How often a turn is re-run when another writer changed the conversation in between.</summary>
    public int MaxConflictRetries { get; init; } = 3;
}
