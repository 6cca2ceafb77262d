using System.Text.Json;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine;

/// <summary>
/// Recognises help, cancel, start over and back in Dutch and English. Only a whole short answer counts
/// ("stop", "begin opnieuw"), so a question that merely contains "help" still reaches the dialogs.
/// Buttons send the same commands as <see cref="Interrupt"/> actions.
/// </summary>
public static class InterruptionRecognizer
{
    public static readonly ButtonAction HelpCommand = new Interrupt(Interruption.Help);
    public static readonly ButtonAction CancelCommand = new Interrupt(Interruption.Cancel);
    public static readonly ButtonAction StartOverCommand = new Interrupt(Interruption.StartOver);
    public static readonly ButtonAction BackCommand = new Interrupt(Interruption.Back);

    // Words both languages use ("help", "stop", "menu") are in both lists: they say nothing about the language.
    private static readonly (Interruption Kind, string[] Nl, string[] En)[] Groups =
    [
        (Interruption.Help,
            ["help", "hulp", "helpen", "hulp nodig", "wat kan je", "wat kun je", "wat kan jij", "wat kun jij", "wat kan je allemaal", "wat kun je allemaal", "wat kan jij allemaal", "waar kun je mee helpen", "waar kan je mee helpen", "menu", "commando s"],
            ["help", "help me", "i need help", "what can you do", "what can you help with", "what can you help me with", "how can you help", "how can you help me", "menu", "commands"]),
        (Interruption.Cancel,
            ["stop", "stoppen", "annuleer", "annuleren", "laat maar", "ok laat maar", "oke laat maar", "laat maar zitten", "afbreken", "stop maar", "ophouden", "klaar"],
            ["stop", "cancel", "quit", "exit", "never mind", "nevermind", "ok never mind", "oh never mind", "forget it", "done"]),
        (Interruption.StartOver,
            ["opnieuw", "begin opnieuw", "opnieuw beginnen", "overnieuw", "van voren af aan", "opnieuw starten", "reset"],
            ["start over", "start again", "restart", "reset", "begin again", "from the start"]),
        (Interruption.Back,
            ["terug", "ga terug", "vorige", "een stap terug", "stap terug"],
            ["back", "go back", "previous", "one step back", "undo"]),
    ];

    private static readonly Dictionary<string, (Interruption Kind, Language? Language)> Phrases = Build();

    public static Interruption Recognize(string? text, JsonElement? value)
    {
        if (ButtonActions.From(value) is Interrupt pressed) return pressed.Kind;
        if (string.IsNullOrWhiteSpace(text)) return Interruption.None;
        var trimmed = text.Trim();
        if (trimmed == "?") return Interruption.Help;
        return Phrases.TryGetValue(TextNormalizer.Normalize(trimmed), out var found) ? found.Kind : Interruption.None;
    }

    /// <summary>
    /// The language of a typed command word that only one language uses ("hulp", "terug", "start over"); null for
    /// anything else, and for words both languages use ("help", "stop").
    /// </summary>
    public static Language? LanguageOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Phrases.GetValueOrDefault(TextNormalizer.Normalize(text.Trim())).Language;

    private static Dictionary<string, (Interruption, Language?)> Build()
    {
        var map = new Dictionary<string, (Interruption, Language?)>(StringComparer.Ordinal);
        foreach (var (kind, nl, en) in Groups)
        {
            var dutch = nl.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
            var english = en.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
            foreach (var phrase in dutch.Union(english))
                map[phrase] = (kind, dutch.Contains(phrase) == english.Contains(phrase) ? null : dutch.Contains(phrase) ? Language.Nl : Language.En);
        }
        return map;
    }
}
