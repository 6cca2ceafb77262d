using System.Text.Json;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// A button of a card sent before buttons were typed, still in an employee's chat, does exactly what today's button
/// of the same kind does: the same replies, buttons and effects, in the middle of the check or with nothing going on.
/// </summary>
public class OldCardButtonsTests
{
    public static TheoryData<string, bool> OldValues()
    {
        var data = new TheoryData<string, bool>();
        string[] values =
        [
            "cmd:check", "cmd:topics", "cmd:contact", "cmd:quiz", "cmd:scenarios", "cmd:none-of-these",
            "cmd:help", "cmd:cancel", "cmd:start-over", "cmd:back",
            "check:what-if", "topic:audiences", "suggested:audiences?q=is%20this%20a%20secret%3F",
            "feedback:up:audiences", "feedback:down:audiences",
            "owner:marketing", "owner:customer-service?topic=customer-question", "ticket:take:t1",
        ];
        foreach (var value in values)
        {
            data.Add(value, false);
            data.Add(value, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OldValues))]
    public async Task AnOldCardsButtonDoesWhatTodaysButtonDoes(string oldValue, bool midCheck)
    {
        var today = ButtonActions.FromLegacy(oldValue);
        Assert.IsNotType<ChoiceAnswer>(today);

        var pressedOld = await PressAsync(new { choice = oldValue }, midCheck);
        var pressedToday = await PressAsync(ButtonActions.ToData(today), midCheck);

        Assert.NotEmpty(pressedOld);
        Assert.DoesNotContain("en:no-match", pressedOld);
        Assert.Equal(pressedToday, pressedOld);
    }

    /// <summary>What the bot does for the press: its messages with their buttons, its card update and its effects, as text.</summary>
    private static async Task<List<string>> PressAsync(object value, bool midCheck)
    {
        var engine = new PolicyBotEngine(new SwappableContent(TestContent.Build()), new Random(3));
        var state = new ConversationData();
        if (midCheck) await engine.OnTurnAsync(Submit(ButtonActions.ToData(Commands.Check)), state, default);
        var result = await engine.OnTurnAsync(Submit(value), state, default);
        return
        [
            .. result.Messages.Select(m => $"{m.Text} [{string.Join(" | ", m.Choices.Select(c => Describe(c.Action)))}] {m.Card?.GetType().Name}"),
            .. result.CardUpdate is { } update ? [$"update: {update.Replacement.Text}"] : Array.Empty<string>(),
            .. result.Effects.Select(e => e.ToString()!),
        ];
    }

    // An owner button's ref is new on every run (a random id of the conversation's offer).
    private static string Describe(ButtonAction action) => (action is AskOwner owner ? owner with { Ref = "ref" } : action).ToString()!;

    private static TurnInput Submit(object value) =>
        new() { Value = JsonSerializer.SerializeToElement(value), Locale = "en-US", UserId = "29:olivia", UserName = "Olivia" };
}
