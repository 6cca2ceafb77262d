using System.Globalization;
using System.Text;
using DiffPlex.Renderer;

namespace PolicyBot.Bot.Publishing;

/// <summary>What <c>content versions</c> and <c>content diff</c> print.</summary>
public static class ContentVersionsReport
{
    public static string Table(IReadOnlyList<ContentVersionInfo> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0) return "No content version is stored yet: the bot stores its content folder as version 1 when it first starts on this store." + Environment.NewLine;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"",-2}{"version",7}  {"published (UTC)",-19}  {"kind",-8}  {"author",-20}  message");
        foreach (var version in versions)
        {
            var live = version == versions[^1] ? "*" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{live,-2}{version.Number,7}  {version.PublishedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {version.Kind,-8}  {version.Author,-20}  {version.Message}");
        }
        text.AppendLine(versions[^1].IsFromFolder
            ? "* live: nobody has published yet, so every bot runs (and hot reloads) its own content folder, stored here as this version at the first start."
            : "* live: every bot on this store with Content:Source=store runs this version.");
        return text.ToString();
    }

    /// <summary>A unified diff per file that differs (a file only in one version against /dev/null), in path order.</summary>
    public static string Diff(ContentVersion older, ContentVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = older.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        var after = newer.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var path in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var (oldText, newText) = (before.GetValueOrDefault(path), after.GetValueOrDefault(path));
            if (oldText == newText) continue;
            text.AppendLine(CultureInfo.InvariantCulture, $"diff version {older.Info.Number} version {newer.Info.Number}: {path}");
            var rendered = UnidiffRenderer.GenerateUnidiff(oldText ?? "", newText ?? "",
                oldText is null ? "/dev/null" : $"a/{path}", newText is null ? "/dev/null" : $"b/{path}", ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
            text.Append(rendered);
            if (rendered.Length > 0 && rendered[^1] != '\n') text.AppendLine();
        }
        if (text.Length == 0) text.AppendLine(CultureInfo.InvariantCulture, $"Versions {older.Info.Number} and {newer.Info.Number} hold the same files.");
        return text.ToString();
    }
}
