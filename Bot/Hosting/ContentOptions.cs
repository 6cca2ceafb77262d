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

    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return System.IO.Path.GetFullPath(configured, contentRoot);
        var source = System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, "..", "Dialogs", "Content"));
        return Directory.Exists(source) ? source : System.IO.Path.Combine(AppContext.BaseDirectory, "Content");
    }
}
