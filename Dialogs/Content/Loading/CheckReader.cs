namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Reads one entry of <c>checks:</c>: its steps, choices, findings, verdict texts and tips.</summary>
internal static class CheckReader
{
    public const int MaxLabelLength = 20;

    public static GuidedCheck? Read(Node node, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "check", ContentKeys.Check, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"check '{id.Value}'";
        if (id is not null) ids.Define("check", id);

        var title = fields.Text("title");
        var start = fields.Scalar("start", required: true);
        var links = new List<StepLinks>();
        var steps = ReadList(fields, "steps", required: true, diagnostics, item => ReadStep(item, fields.Context, links, diagnostics, ids));
        var verdicts = Verdicts.ReadTexts(fields, diagnostics);
        var tips = ReadList(fields, "tips", required: false, diagnostics, item => ReadTip(item, diagnostics, ids));
        StepGraph.Validate(fields.Context, start, links, diagnostics);

        if (id is null || title is null || start is null || steps is null || verdicts is null || tips is null) return null;
        return new GuidedCheck { Id = id.Value, Title = title, Start = start.Value.Trim(), Steps = steps, Verdicts = verdicts, Tips = tips };
    }

    private static CheckStep? ReadStep(Node node, string check, List<StepLinks> links, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "step", ContentKeys.Step, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"step '{id.Value}'";
        if (id is not null && !DefineLocal(links.Select(l => l.Id), id, "step", check, diagnostics)) id = null;

        var question = fields.Text("question");
        var choiceIds = new List<ScalarNode>();
        var next = new List<ScalarNode>();
        var choices = ReadList(fields, "choices", required: true, diagnostics,
            item => ReadChoice(item, fields.Context, choiceIds, next, diagnostics, ids));
        if (id is not null) links.Add(new StepLinks(id, next));

        if (id is null || question is null || choices is null) return null;
        return new CheckStep { Id = id.Value, Question = question, Choices = choices };
    }

    private static CheckChoice? ReadChoice(Node node, string step, List<ScalarNode> choiceIds, List<ScalarNode> nextSteps, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "choice", ContentKeys.Choice, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"choice '{id.Value}'";
        if (id is not null && !DefineLocal(choiceIds, id, "choice", step, diagnostics)) id = null;
        if (id is not null) choiceIds.Add(id);

        var label = fields.Text("label");
        if (label is not null) CheckLabelLength(fields.Optional("label")!, diagnostics);
        var synonyms = fields.Optional("synonyms") is { } s ? Values.Phrases(s, "synonyms", diagnostics) : LocalizedList.Empty;
        var next = fields.Scalar("next");
        if (next is not null) nextSteps.Add(next);
        var finding = fields.Optional("finding") is { } f ? ReadFinding(f, diagnostics, ids) : null;

        if (id is null || label is null || synonyms is null || (fields.Has("finding") && finding is null)) return null;
        return new CheckChoice { Id = id.Value, Label = label, Synonyms = synonyms, Next = next?.Value.Trim(), Finding = finding };
    }

    private static CheckFinding? ReadFinding(Node node, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "finding", ContentKeys.Finding, diagnostics) is not { } fields) return null;
        var word = fields.Scalar("verdict", required: true);
        var verdict = word is null ? null : Verdicts.Kind(word, diagnostics);
        var reason = fields.Text("reason");
        var topic = TopicReader.Reference(fields, "topic", "topic", ids);
        var owner = TopicReader.Reference(fields, "owner", "owner", ids);

        if (verdict is null || reason is null) return null;
        return new CheckFinding { Verdict = verdict.Value, Reason = reason, Topic = topic, Owner = owner };
    }

    private static CheckTip? ReadTip(Node node, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "tip", ContentKeys.Tip, diagnostics) is not { } fields) return null;
        var text = fields.Text("text");
        var topic = TopicReader.Reference(fields, "topic", "topic", ids);
        return text is null ? null : new CheckTip(text, topic);
    }

    private static void CheckLabelLength(Node label, DiagnosticBag diagnostics)
    {
        if (label is not MapNode map) return;
        foreach (var (language, value) in map.Entries)
        {
            if (value is ScalarNode text && text.Value.Trim().Length > MaxLabelLength)
                diagnostics.Error(text, $"the '{language.Value}' label is {text.Value.Trim().Length} characters; a button label can have at most {MaxLabelLength}");
        }
    }

    private static bool DefineLocal(IEnumerable<ScalarNode> earlier, ScalarNode id, string kind, string parent, DiagnosticBag diagnostics)
    {
        if (earlier.FirstOrDefault(e => e.Value == id.Value) is not { } first) return true;
        diagnostics.Error(id, $"duplicate {kind} id '{id.Value}' in {parent}; first defined at line {first.Position.Line}");
        return false;
    }

    /// <summary>Reads every item of a list; null when the list is missing, empty or has a bad item.</summary>
    private static List<T>? ReadList<T>(Fields fields, string key, bool required, DiagnosticBag diagnostics, Func<Node, T?> read) where T : class
    {
        var node = required ? fields.Required(key) : fields.Optional(key);
        if (node is null) return required ? null : [];
        if (Values.List(node, key, diagnostics) is not { } list) return null;
        if (required && list.Items.Count == 0) diagnostics.Error(list, $"'{key}' needs at least one item");
        var items = list.Items.Select(read).ToList();
        return items.Any(i => i is null) || (required && items.Count == 0) ? null : [.. items.OfType<T>()];
    }
}
