using PolicyBot.Bot.Auth;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Editor;
using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.Preview;
using PolicyBot.Bot.Publishing;
using PolicyBot.Bot.Retention;
using PolicyBot.Bot.State;
using PolicyBot.Bot.Telemetry;

return PolicyBot.Bot.Commands.BotCommands.RunsTheBot(args)
    ? await PolicyBot.Bot.Commands.BotCommands.RunBotAsync(args)
    : await PolicyBot.Bot.Commands.BotCommands.InvokeAsync(args);

namespace PolicyBot.Bot
{
    /// <summary>
    /// The composition root: what PolicyBot is made of and which endpoints it serves. Tests call <see cref="Build"/>
    /// with their own arguments (e.g. <c>--urls=http://127.0.0.1:0</c>) and swap services in <c>configure</c>.
    /// </summary>
    public static class PolicyBotApp
    {
        public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
        {
            var builder = WebApplication.CreateBuilder(args);

            builder.Services.AddBotProtocol();
            builder.Services.AddBotAuthentication();
            builder.Services.AddBotConnector();
            builder.Services.AddConversationStore();
            builder.Services.AddPolicyBotDialogs(builder.Configuration);
            builder.Services.AddContentVersions();
            builder.Services.AddContentEditor(builder.Configuration, builder.Environment);
            builder.Services.AddHandoff();
            builder.Services.AddUsageInsights();
            builder.Services.AddRetention();
            builder.Services.AddPolicyBotTelemetry(builder.Configuration);
            configure?.Invoke(builder);

            var app = builder.Build();
            app.MapBotMessages("/api/messages");
            app.MapHealthChecks("/healthz");
            app.MapPreview();
            app.MapContentEditor();
            app.MapTelemetry();
            app.LogCredentialMode();
            app.LoadPolicyContent();
            app.FollowContentVersions();
            app.ReleaseStartupMemory();
            return app;
        }
    }
}
