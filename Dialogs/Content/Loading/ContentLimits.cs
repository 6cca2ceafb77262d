namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>
/// Caps that keep hostile or runaway content from stalling or crashing the bot, each far above what the bundled
/// content needs (Dialogs/Content/README.md, "Limits").
/// </summary>
internal static class ContentLimits
{
    /// <summary>Lists and key sets inside each other; the bundled content goes about 10 deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>One file; the largest bundled file is under 40 KB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>All files together; the bundled content is about 300 KB.</summary>
    public const long MaxContentBytes = 10 * 1024 * 1024;

    /// <summary>Items of one list, such as the trigger phrases of one language; the longest bundled list has under 100.</summary>
    public const int MaxListItems = 1_000;

    /// <summary>
    /// Every phrase of the content together; the bundled content has about 4,000. Room for 2,000 topics of 50 phrases,
    /// the size the recognizer's budgets are measured at.
    /// </summary>
    public const int MaxPhrases = 100_000;

    public static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? FormattableString.Invariant($"{bytes / (1024.0 * 1024):0.#} MB")
            : FormattableString.Invariant($"{bytes / 1024.0:0.#} KB");
}
