using Microsoft.Extensions.FileProviders;
using PolicyBot.Dialogs.Content.Snapshots;

namespace PolicyBot.Bot.Preview;

public static class PreviewExtensions
{
    /// <summary>
    /// In Development (or with <c>Preview:Enabled=true</c>): the preview page at <c>/</c>, its files under
    /// <c>/preview/</c> (the Adaptive Cards renderer included, nothing from the internet) and <c>/preview/status</c>
    /// with the loaded content version and the latest reload's errors.
    /// </summary>
    public static WebApplication MapPreview(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var enabled = app.Configuration.GetSection(PreviewOptions.Section).Get<PreviewOptions>()?.Enabled ?? false;
        if (!enabled && !app.Environment.IsDevelopment()) return app;

        var folder = Path.Combine(AppContext.BaseDirectory, "preview");
        if (!Directory.Exists(folder)) return app;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/preview" });
        app.MapGet("/", () => Results.File(Path.Combine(folder, "index.html"), "text/html; charset=utf-8"));
        app.MapGet("/preview/status", (ContentStore content) => Results.Json(new
        {
            contentVersion = content.IsLoaded ? content.Current.Version : 0,
            topics = content.IsLoaded ? content.Current.Content.Topics.Count : 0,
            errors = content.Errors.Select(e => e.ToString()),
            warnings = content.Warnings.Count,
        }));
        return app;
    }
}
