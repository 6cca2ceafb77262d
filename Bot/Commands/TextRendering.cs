using System.Text;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Commands;

/// <summary>A reply as readable plain text: the card's content, numbered choices, and links.</summary>
public static class TextRendering
{
    public static string Render(MessageReply reply)
    {
        var text = new StringBuilder();
        switch (reply.Card)
        {
            case AnswerCard answer:
                text.AppendLine($"== {answer.Title} ==").AppendLine(answer.Body);
                if (answer.Principle is { } principle) text.AppendLine().AppendLine($"({principle})");
                break;
            case VerdictCard verdict:
                text.AppendLine($"== {verdict.Title} ==").AppendLine(verdict.Summary);
                if (verdict.Reasons.Count > 0) text.AppendLine().AppendLine(verdict.ReasonsHeading + ":");
                foreach (var reason in verdict.Reasons)
                    text.AppendLine($"  - {reason.Text}" + (reason.TopicTitle is { } t ? $" ({t})" : ""));
                if (verdict.Tips.Count > 0) text.AppendLine().AppendLine(verdict.TipsHeading + ":");
                foreach (var tip in verdict.Tips) text.AppendLine($"  - {tip}");
                break;
            case HandoffCard handoff:
                text.AppendLine($"== {handoff.OwnerName} ==").AppendLine($"{handoff.WhyHeading}: {handoff.Why}")
                    .AppendLine($"{handoff.TellHeading}: {handoff.Tell}").AppendLine(handoff.Contact);
                break;
            default:
                text.AppendLine(reply.Text);
                break;
        }
        for (var i = 0; i < reply.Choices.Count; i++) text.AppendLine($"  [{i + 1}] {reply.Choices[i].Title}");
        foreach (var link in reply.Links) text.AppendLine($"  -> {link.Title}: {link.Url}");
        return text.ToString().TrimEnd();
    }
}
