namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Verdict kinds as written in YAML (<c>go-ahead</c>, <c>dont-share</c>, ...).</summary>
internal static class Verdicts
{
    private static readonly Dictionary<string, VerdictKind> Kinds = new(StringComparer.Ordinal)
    {
        ["go-ahead"] = VerdictKind.GoAhead,
        ["go-ahead-with-care"] = VerdictKind.GoAheadWithCare,
        ["dont-share"] = VerdictKind.DontShare,
        ["ask-owner"] = VerdictKind.AskOwner,
    };

    /// <summary>The verdict kind a YAML word names; reports an unknown one.</summary>
    public static VerdictKind? Kind(ScalarNode word, DiagnosticBag diagnostics)
    {
        if (Kinds.TryGetValue(word.Value.Trim(), out var kind)) return kind;
        diagnostics.Error(word, $"unknown verdict '{word.Value}'" + Suggestions.DidYouMeanOrList(word.Value, ContentKeys.VerdictKinds));
        return null;
    }

    /// <summary>The <c>verdicts:</c> mapping of a check: a title and summary for each of the four kinds.</summary>
    public static Dictionary<VerdictKind, VerdictText>? ReadTexts(Fields check, DiagnosticBag diagnostics)
    {
        if (check.Required("verdicts") is not { } node) return null;
        if (node is not MapNode map)
        {
            diagnostics.Error(node, $"'verdicts' must be a set of keys, not {node.Describe()}");
            return null;
        }
        var texts = new Dictionary<VerdictKind, VerdictText>();
        var seen = new HashSet<VerdictKind>();
        foreach (var (key, value) in map.Entries)
        {
            if (Kind(key, diagnostics) is not { } kind) continue;
            if (!seen.Add(kind))
            {
                diagnostics.Error(key, $"duplicate key '{key.Value}' in 'verdicts'");
                continue;
            }
            if (Fields.Of(value, $"verdict '{key.Value}'", ContentKeys.Verdict, diagnostics) is not { } fields) continue;
            var title = fields.Text("title");
            var summary = fields.Text("summary");
            if (title is not null && summary is not null) texts[kind] = new VerdictText(title, summary);
        }
        foreach (var (word, kind) in Kinds)
        {
            if (!seen.Contains(kind)) diagnostics.Error(map, $"{check.Context} is missing the '{word}' verdict");
        }
        return texts.Count == Kinds.Count ? texts : null;
    }
}
