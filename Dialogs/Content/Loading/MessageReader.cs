namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Reads <c>messages:</c> (the bot's own texts by id) and <c>synonyms:</c> (word groups per language).</summary>
internal static class MessageReader
{
    /// <param name="notRequired">Receives the ids the bot does not ask for by name: fine when content refers to them
    /// (a small-talk group's reply), reported as unused by <see cref="ReportUnused"/> otherwise.</param>
    public static void ReadMessages(Node node, Dictionary<string, LocalizedText> messages, DiagnosticBag diagnostics, IdRegistry ids, List<ScalarNode> notRequired)
    {
        if (node is not MapNode map)
        {
            diagnostics.Error(node, $"'messages' must be a set of keys, not {node.Describe()}");
            return;
        }
        foreach (var (id, value) in map.Entries)
        {
            var valid = Fields.CheckId(id, diagnostics) & ids.Define("message", id);
            if (valid && !MessageIds.All.Contains(id.Value)) notRequired.Add(id);
            var text = value is ScalarNode { IsNull: true }
                ? Empty(value, id.Value, diagnostics)
                : Values.Text(value, id.Value, diagnostics);
            if (valid && text is not null) messages[id.Value] = text;
        }
    }

    /// <summary>Warns of each message neither the bot nor any content refers to (a typo in its id, or a leftover).</summary>
    public static void ReportUnused(IEnumerable<ScalarNode> notRequired, IdRegistry ids, DiagnosticBag diagnostics)
    {
        foreach (var id in notRequired.Where(id => !ids.IsReferenced("message", id.Value)))
            diagnostics.Warning(id, $"message '{id.Value}' is not used by the bot" + Suggestions.DidYouMean(id.Value, MessageIds.All));
    }

    /// <summary>Reports each required message id no file defines, at the first <c>messages:</c> key.</summary>
    public static void ReportMissing(IdRegistry ids, SourcePosition? messagesKey, DiagnosticBag diagnostics)
    {
        var missing = MessageIds.All.Where(id => !ids.IsDefined("message", id)).ToList();
        if (missing.Count == 0) return;
        if (messagesKey is { } at)
        {
            foreach (var id in missing) diagnostics.Error(at, $"missing message '{id}'");
        }
        else
        {
            diagnostics.Error(new SourcePosition(".", 0, 0), "no file has 'messages'; required message ids: " + string.Join(", ", missing));
        }
    }

    public static void ReadSynonyms(Node node, List<IReadOnlyList<string>> nl, List<IReadOnlyList<string>> en, DiagnosticBag diagnostics)
    {
        if (Fields.Of(node, "'synonyms'", ContentKeys.Text, diagnostics) is not { } fields) return;
        ReadGroups(fields.Optional("nl"), "nl", nl, diagnostics);
        ReadGroups(fields.Optional("en"), "en", en, diagnostics);
    }

    private static void ReadGroups(Node? node, string language, List<IReadOnlyList<string>> groups, DiagnosticBag diagnostics)
    {
        if (node is null || Values.List(node, language, diagnostics) is not { } list) return;
        foreach (var item in list.Items)
        {
            if (Values.List(item, "synonym group", diagnostics) is not { } group) continue;
            var words = Values.Strings(group, "synonym group", diagnostics).Select(w => w.Value.Trim()).ToList();
            if (words.Count < 2) diagnostics.Warning(group, "a synonym group needs at least two words to mean anything");
            groups.Add(words);
        }
    }

    private static LocalizedText? Empty(Node value, string id, DiagnosticBag diagnostics)
    {
        diagnostics.Error(value, $"'{id}' is empty");
        return null;
    }
}
