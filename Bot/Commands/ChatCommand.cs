using System.CommandLine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Commands;

/// <summary><c>chat [--locale nl-NL]</c>: the dialogs in the terminal, with the configured content.</summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var locale = new Option<string?>("--locale") { HelpName = "locale", Description = "Start in this language, e.g. nl-NL (default: English until you write in Dutch)" };
        var settings = CommandSettings.Create();
        var command = new Command("chat", "Chat with the bot's dialogs in the terminal, in-process: cards print as text, a number presses a button, piped input works.")
        {
            locale, settings,
        };
        command.SetAction(result => RunAsync(result.GetValue(locale), result.GetValue(settings) ?? []));
        return command;
    }

    private static async Task<int> RunAsync(string? locale, string[] settings)
    {
        await using var app = PolicyBotApp.Build([.. settings, "--Storage:Provider=memory", BotCommands.LocalTool], BotCommands.QuietLogging);
        var bot = app.Services.GetRequiredService<IBot>();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return await new TerminalChat(bot, Console.In, Console.Out, echoInput: Console.IsInputRedirected).RunAsync(locale, cancel.Token);
    }
}
