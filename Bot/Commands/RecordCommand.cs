using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using PolicyBot.Bot.Commands.Recording;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// <c>record &lt;script.yaml&gt; &lt;out.transcript&gt;</c>: runs the bot on 127.0.0.1, plays a conversation script against it
/// as the Emulator would and saves what was said as an Emulator <c>.transcript</c> (for <c>tests/transcripts/</c>).
/// </summary>
public static class RecordCommand
{
    public static Command Create()
    {
        var script = new Argument<string>("script.yaml") { Description = "A conversation script (tests/conversations/*.yaml)" };
        var transcript = new Argument<string>("out.transcript") { Description = "Where the Emulator transcript goes" };
        CommandSettings.RefuseOptions(script);
        CommandSettings.RefuseOptions(transcript);
        var settings = CommandSettings.Create();
        var command = new Command("record", "Play a conversation script against the bot on 127.0.0.1 and save it as an Emulator .transcript.")
        {
            script, transcript, settings,
        };
        command.SetAction(result => RunAsync(result.GetValue(script)!, result.GetValue(transcript)!, result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static async Task<int> RunAsync(string scriptPath, string transcriptPath, string[] settings, TextWriter console)
    {
        var (script, output) = (ConversationScript.Load(CommandPaths.Resolve(scriptPath)), CommandPaths.Resolve(transcriptPath));
        string[] local = ["--urls=http://127.0.0.1:0", "--Storage:Provider=memory", "--hostBuilder:reloadConfigOnChange=false", BotCommands.LocalTool];
        await using var app = PolicyBotApp.Build([.. settings, .. local], BotCommands.QuietLogging);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var transcript = await new TranscriptRecorder(client, TimeProvider.System).RecordAsync(script, CancellationToken.None);
        await File.WriteAllTextAsync(output, TranscriptRecorder.Serialize(transcript) + Environment.NewLine);
        await console.WriteLineAsync($"Recorded {transcript.Count} activities to {output}");
        await app.StopAsync();
        return 0;
    }
}
