namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Reads single values, texts and lists out of nodes, reporting values of the wrong kind.</summary>
internal static class Values
{
    public static ScalarNode? Scalar(Node node, string key, DiagnosticBag diagnostics)
    {
        if (node is ScalarNode scalar) return scalar;
        diagnostics.Error(node, $"'{key}' must be a single value, not {node.Describe()}");
        return null;
    }

    public static SeqNode? List(Node node, string key, DiagnosticBag diagnostics)
    {
        if (node is SeqNode list) return list;
        diagnostics.Error(node, $"'{key}' must be a list, not {node.Describe()}");
        return null;
    }

    /// <summary>A text with a non-empty Dutch and English version.</summary>
    public static LocalizedText? Text(Node node, string key, DiagnosticBag diagnostics)
    {
        if (node is not MapNode)
        {
            diagnostics.Error(node, $"'{key}' must have an nl and an en text, not {node.Describe()}");
            return null;
        }
        var fields = Fields.Of(node, $"'{key}'", ContentKeys.Text, diagnostics)!;
        var nl = Translation(fields, key, "nl", diagnostics);
        var en = Translation(fields, key, "en", diagnostics);
        return nl is null || en is null ? null : new LocalizedText(nl, en);
    }

    /// <summary>Phrases per language (<c>nl: [...]</c>, <c>en: [...]</c>); either language may be left out.</summary>
    public static LocalizedList? Phrases(Node node, string key, DiagnosticBag diagnostics)
    {
        var fields = Fields.Of(node, $"'{key}'", ContentKeys.Text, diagnostics);
        if (fields is null) return null;
        return new LocalizedList(PhraseList(fields, "nl", diagnostics), PhraseList(fields, "en", diagnostics));
    }

    /// <summary>The non-empty single values of a list; reports empty and non-single items.</summary>
    public static List<ScalarNode> Strings(SeqNode list, string key, DiagnosticBag diagnostics)
    {
        var result = new List<ScalarNode>();
        foreach (var item in list.Items)
        {
            if (Scalar(item, key, diagnostics) is not { } scalar) continue;
            if (string.IsNullOrWhiteSpace(scalar.Value) || scalar.IsNull) diagnostics.Error(scalar, $"'{key}' has an empty item");
            else result.Add(scalar);
        }
        return result;
    }

    private static string? Translation(Fields fields, string key, string language, DiagnosticBag diagnostics)
    {
        if (!fields.Map.Entries.Any(e => e.Key.Value == language))
        {
            diagnostics.Error(fields.Map, $"'{key}' is missing the '{language}' translation");
            return null;
        }
        var node = fields.Map.Entries.First(e => e.Key.Value == language).Value;
        if (Scalar(node, language, diagnostics) is not { } scalar) return null;
        if (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            diagnostics.Error(scalar, $"'{key}' has an empty '{language}' text");
            return null;
        }
        return scalar.Value.TrimEnd();
    }

    private static List<string> PhraseList(Fields fields, string language, DiagnosticBag diagnostics) =>
        fields.Optional(language) is { } node && List(node, language, diagnostics) is { } list
            ? [.. Strings(list, language, diagnostics).Select(s => s.Value.Trim())]
            : [];
}
