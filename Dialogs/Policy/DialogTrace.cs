using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The dialog trace for testers (Emulator inspector): the dialog stack after the turn, top first, with each dialog's
/// step, retries and the state record it keeps. Never the user's text: values that hold typed text are left out.
/// </summary>
public static class DialogTrace
{
    public const string Name = "PolicyBot.Dialog";
    public const string ValueType = "policybot/dialog";

    // State fields that hold what the user typed (the hand-off question); everything else is ids and counts.
    private static readonly HashSet<string> UserText = ["question"];

    public static TraceReply Build(TurnContext context, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var stack = new JsonArray();
        foreach (var instance in state.DialogStack)
        {
            var values = new JsonObject();
            if (instance.StateJson() is { ValueKind: JsonValueKind.Object } kept)
                foreach (var field in kept.EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal))
                    values[field.Name] = UserText.Contains(field.Name) ? "(user text, not shown)" : JsonSerializer.SerializeToNode(field.Value);
            stack.Add(new JsonObject
            {
                ["id"] = instance.Id,
                ["step"] = instance.StepIndex,
                ["attempts"] = instance.AttemptCount,
                ["options"] = instance.Options,
                ["values"] = values,
                ["waitingFor"] = instance.Prompt is { } prompt ? new JsonArray([.. prompt.Choices.Select(c => (JsonNode)c.Value)]) : null,
            });
        }
        var value = new JsonObject
        {
            ["stack"] = stack,
            ["language"] = context.Language.Code(),
            ["contentVersion"] = context.Snapshot.Version,
        };
        var label = state.DialogStack.Count == 0 ? "no active dialog" : string.Join(" > ", state.DialogStack.Select(d => $"{d.Id}#{d.StepIndex}"));
        return new TraceReply(Name, label, ValueType, value);
    }
}
