using System.Text.Json;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Engine;

/// <summary>
/// Recognises help, cancel, start over and back in Dutch and English. Only a whole short answer counts
/// ("stop", "begin opnieuw"), so a question that merely contains "help" still reaches the dialogs.
/// Buttons send the same commands as <c>cmd:help</c>, <c>cmd:cancel</c>, <c>cmd:start-over</c>, <c>cmd:back</c>.
/// </summary>
public static class InterruptionRecognizer
{
    public const string HelpCommand = "cmd:help";
    public const string CancelCommand = "cmd:cancel";
    public const string StartOverCommand = "cmd:start-over";
    public const string BackCommand = "cmd:back";

    private static readonly Dictionary<string, Interruption> Phrases = Build(
        (Interruption.Help, ["help", "hulp", "help me", "helpen", "hulp nodig", "i need help", "what can you do", "wat kan je", "wat kun je", "wat kan jij", "menu", "commands", "commando s"]),
        (Interruption.Cancel, ["stop", "stoppen", "cancel", "annuleer", "annuleren", "quit", "exit", "laat maar", "never mind", "nevermind", "afbreken", "stop maar", "ophouden", "klaar", "done"]),
        (Interruption.StartOver, ["opnieuw", "begin opnieuw", "opnieuw beginnen", "overnieuw", "van voren af aan", "start over", "start again", "restart", "reset", "begin again", "from the start", "opnieuw starten"]),
        (Interruption.Back, ["back", "go back", "previous", "terug", "ga terug", "vorige", "een stap terug", "stap terug", "one step back", "undo"]));

    public static Interruption Recognize(string? text, JsonElement? value)
    {
        switch (ChoiceRecognizer.SubmittedChoice(value))
        {
            case HelpCommand: return Interruption.Help;
            case CancelCommand: return Interruption.Cancel;
            case StartOverCommand: return Interruption.StartOver;
            case BackCommand: return Interruption.Back;
        }
        if (string.IsNullOrWhiteSpace(text)) return Interruption.None;
        var trimmed = text.Trim();
        if (trimmed == "?") return Interruption.Help;
        return Phrases.GetValueOrDefault(TextNormalizer.Normalize(trimmed), Interruption.None);
    }

    private static Dictionary<string, Interruption> Build(params (Interruption Kind, string[] Phrases)[] groups)
    {
        var map = new Dictionary<string, Interruption>(StringComparer.Ordinal);
        foreach (var (kind, phrases) in groups)
            foreach (var phrase in phrases)
                map[TextNormalizer.Normalize(phrase)] = kind;
        return map;
    }
}
