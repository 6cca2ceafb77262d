namespace PolicyBot.Dialogs.Content;

/// <summary>
/// A kind of small talk ("thanks", "hello", "ok"): the phrases that make up a whole message of it, per language, and
/// the message (<c>messages.yaml</c>) the bot answers with, and a shorter one for halfway through a check, the quiz or a
/// question (<c>in-dialog</c>; the reply when there is none). A phrase listed in both languages says nothing about the
/// language; one listed in one language only answers in that language.
/// </summary>
public sealed record SmallTalk(string Reply, LocalizedList Phrases)
{
    public string? InDialogReply { get; init; }

    /// <summary>Asks for a language ("switch to dutch"): its language holds halfway through a dialog too, where small talk otherwise keeps the dialog's.</summary>
    public bool SwitchesLanguage { get; init; }

    /// <summary>Takes leave ("bye"): halfway through a dialog it ends the dialog rather than ask its question again.</summary>
    public bool EndsDialog { get; init; }
}

/// <summary>
/// What a small-talk message gets: the reply's message id, the one for halfway through a dialog, and the language
/// when only one language uses its words.
/// </summary>
public sealed record SmallTalkMatch(string Reply, string InDialogReply, Language? Language)
{
    /// <summary>From a group that asks for a language (<see cref="SmallTalk.SwitchesLanguage"/>).</summary>
    public bool SwitchesLanguage { get; init; }

    /// <summary>From a group that takes leave (<see cref="SmallTalk.EndsDialog"/>).</summary>
    public bool EndsDialog { get; init; }
}
