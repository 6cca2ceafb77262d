using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PolicyBot.Bot.Editor;

public static class EditorExtensions
{
    /// <summary>
    /// The content editor for comms staff at <c>/editor</c>. Development: open, as the preview page is. Elsewhere only
    /// with Entra ID sign-in configured (<c>Editor:SignIn</c>), for members of <c>Editor:AllowedGroups</c> or holders
    /// of <c>Editor:AllowedRoles</c>; without sign-in configured there is no editor.
    /// </summary>
    public static IServiceCollection AddContentEditor(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<EditorOptions>().BindConfiguration(EditorOptions.Section);
        services.TryAddSingleton<ContentEditor>();
        services.TryAddSingleton<EditorInsights>();
        var access = EditorAccess.ModeFor(configuration, environment);
        services.AddSingleton(new EditorAccessMode(access));
        if (access == EditorMode.SignIn) services.AddEditorSignIn(configuration);
        return services;
    }

    public static WebApplication MapContentEditor(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<EditorAccessMode>().Mode;
        if (mode == EditorMode.Off) return app;
        var folder = Path.Combine(AppContext.BaseDirectory, "preview");
        var group = app.MapGroup("/editor");
        if (mode == EditorMode.SignIn) group.RequireAuthorization(EditorAccess.Policy);
        group.MapGet("/", () => Results.File(Path.Combine(folder, "editor.html"), "text/html; charset=utf-8"));
        group.MapGet("/{file}", (string file) => EditorPageFiles.TryGetValue(file, out var type)
            ? Results.File(Path.Combine(folder, file), type) : Results.NotFound());
        group.MapEditorApi();
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PolicyBot.Bot.Editor").EditorMode(
            mode == EditorMode.Open ? "Development: open without sign-in" : "Entra ID sign-in, allowed groups and roles only");
        return app;
    }

    // the page's own files, nothing else from the folder
    private static readonly Dictionary<string, string> EditorPageFiles = new(StringComparer.Ordinal)
    {
        ["editor.js"] = "text/javascript; charset=utf-8",
        ["editor.css"] = "text/css; charset=utf-8",
        ["cards.js"] = "text/javascript; charset=utf-8",
        ["preview.css"] = "text/css; charset=utf-8",
        ["adaptivecards.min.js"] = "text/javascript; charset=utf-8",
    };
}
