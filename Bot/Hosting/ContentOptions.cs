namespace PolicyBot.Bot.Hosting;

/// <summary>Where the policy content lives (section <c>Content</c>).</summary>
public sealed record ContentOptions
{
    /// <summary>
    /// The content folder. Empty: <c>../Dialogs/Content</c> beside the Bot project when it exists (so edits to the
    /// repository's YAML show up live during development), otherwise the copy in the build output (<c>Content/</c>).
    /// A relative path is relative to the content root.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>
    /// <c>store</c> (default): the newest version published to the store runs, on every instance; until someone
    /// publishes, the folder (which became version 1 on an empty store) is followed as before. <c>folder</c>: only the
    /// folder, hot reloaded, and the store's versions are ignored.
    /// </summary>
    public string Source { get; init; } = "store";

    /// <summary>How often an instance asks the store for the newest version number (one indexed query).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return System.IO.Path.GetFullPath(configured, contentRoot);
        var source = System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, "..", "Dialogs", "Content"));
        return Directory.Exists(source) ? source : System.IO.Path.Combine(AppContext.BaseDirectory, "Content");
    }
}
