using System.Runtime.CompilerServices;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Topics answered only when a whole message is one of their triggers (<see cref="Topic.MatchesWholeMessageOnly"/>):
/// "wat zijn de regels?" gets the policy in short, "wat zijn de regels voor ons logo?" still goes to the recognizer.
/// </summary>
public static class WholeMessageTopics
{
    public static Topic? Match(TurnContext context)
    {
        if (context.Words.Length == 0) return null;
        return Triggers(context.Content).TryGetValue(WholeMessage.Key(context.Words), out var topic) ? topic : null;
    }

    // Normalized, once per content version.
    private static readonly ConditionalWeakTable<PolicyContent, Dictionary<string, Topic>> ByContent = new();

    private static Dictionary<string, Topic> Triggers(PolicyContent content) =>
        ByContent.GetValue(content, c =>
        {
            var triggers = new Dictionary<string, Topic>(StringComparer.Ordinal);
            foreach (var topic in c.Topics.Where(t => t.MatchesWholeMessageOnly))
                foreach (var trigger in topic.Triggers.All.Select(WholeMessage.KeyOf).Where(t => t.Length > 0))
                    triggers.TryAdd(trigger, topic);
            return triggers;
        });
}
