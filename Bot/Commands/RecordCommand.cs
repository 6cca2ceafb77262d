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
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (paths.Count != 2)
        {
            await Console.Error.WriteLineAsync("usage: record <script.yaml> <out.transcript>");
            return 2;
        }
        var (script, output) = (ConversationScript.Load(CommandPaths.Resolve(paths[0])), CommandPaths.Resolve(paths[1]));
        string[] settings = ["--urls=http://127.0.0.1:0", "--Storage:Provider=memory", "--hostBuilder:reloadConfigOnChange=false", BotCommands.LocalTool];
        await using var app = PolicyBotApp.Build([.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal)), .. settings], BotCommands.QuietLogging);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var transcript = await new TranscriptRecorder(client, TimeProvider.System).RecordAsync(script, CancellationToken.None);
        await File.WriteAllTextAsync(output, TranscriptRecorder.Serialize(transcript) + Environment.NewLine);
        Console.WriteLine($"Recorded {transcript.Count} activities to {output}");
        await app.StopAsync();
        return 0;
    }
}
