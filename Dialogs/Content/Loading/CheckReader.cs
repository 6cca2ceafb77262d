namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Reads one entry of <c>checks:</c>: its steps, choices, findings, outcomes, verdict texts and tips.</summary>
internal sealed class CheckReader(DiagnosticBag diagnostics, IdRegistry ids)
{
    private readonly List<StepLinks> links = [];
    private readonly List<ChoiceEnd> ends = [];
    private string check = "check";

    public static GuidedCheck? Read(Node node, DiagnosticBag diagnostics, IdRegistry ids) => new CheckReader(diagnostics, ids).Read(node);

    private GuidedCheck? Read(Node node)
    {
        if (Fields.Of(node, "check", ContentKeys.Check, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = check = $"check '{id.Value}'";
        if (id is not null) ids.Define("check", id);

        var title = fields.Text("title");
        var intro = fields.Text("intro", required: false);
        var start = fields.Scalar("start", required: true);
        var stepIds = new LocalIds("step", check, diagnostics);
        var steps = fields.Items("steps", required: true, item => ReadStep(item, stepIds));
        var outcomeIds = new LocalIds("outcome", check, diagnostics);
        var outcomes = fields.Items("outcomes", required: false, item => OutcomeReader.Read(item, outcomeIds, diagnostics, ids));
        var verdicts = fields.Has("verdicts") ? Verdicts.ReadTexts(fields, diagnostics) : [];
        var tips = fields.Items("tips", required: false, ReadTip);
        StepGraph.Validate(check, start, links, diagnostics);
        OutcomeReader.ValidateEndings(check, ends, outcomeIds, fields.Has("verdicts"), diagnostics);

        if (id is null || title is null || start is null || steps is null || outcomes is null || verdicts is null || tips is null) return null;
        return new GuidedCheck
        {
            Id = id.Value,
            Title = title,
            Intro = intro,
            Start = start.Value.Trim(),
            Steps = steps,
            Verdicts = verdicts,
            Outcomes = outcomes,
            Tips = tips,
        };
    }

    private CheckStep? ReadStep(Node node, LocalIds stepIds)
    {
        if (Fields.Of(node, "step", ContentKeys.Step, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"step '{id.Value}'";
        if (id is not null && !stepIds.Define(id)) id = null;

        var question = fields.Text("question");
        var choiceIds = new LocalIds("choice", fields.Context, diagnostics);
        var next = new List<ScalarNode>();
        var choices = fields.Items("choices", required: true, item => ReadChoice(item, choiceIds, next));
        if (id is not null) links.Add(new StepLinks(id, next));

        if (choices is not null && choices.Count(c => c.ForAttachments) > 1)
            diagnostics.Error(fields.Key("choices")!, $"{fields.Context} has more than one choice with 'for-attachments: true'; an attached photo can answer it only one way");
        if (id is null || question is null || choices is null) return null;
        return new CheckStep { Id = id.Value, Question = question, Choices = choices };
    }

    private CheckChoice? ReadChoice(Node node, LocalIds choiceIds, List<ScalarNode> nextSteps)
    {
        if (Fields.Of(node, "choice", ContentKeys.Choice, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"choice '{id.Value}'";
        if (id is not null && !choiceIds.Define(id)) id = null;

        var label = fields.Label("label");
        var synonyms = fields.Optional("synonyms") is { } s ? Values.Phrases(s, "synonyms", diagnostics) : LocalizedList.Empty;
        var next = fields.Scalar("next");
        if (next is not null) nextSteps.Add(next);
        var outcome = fields.Scalar("outcome");
        var both = next is not null && outcome is not null;
        if (both) ReportNextAndOutcome(fields);
        ends.Add(new ChoiceEnd(fields.Context, node, next is not null, outcome));
        var finding = fields.Optional("finding") is { } f ? ReadFinding(f) : null;
        var forAttachments = fields.Boolean("for-attachments", whenMissing: false);

        if (id is null || label is null || synonyms is null || both || (fields.Has("finding") && finding is null) || forAttachments is null) return null;
        return new CheckChoice
        {
            Id = id.Value,
            Label = label,
            Synonyms = synonyms,
            Next = next?.Value.Trim(),
            Outcome = outcome?.Value.Trim(),
            Finding = finding,
            ForAttachments = forAttachments.Value,
        };
    }

    private void ReportNextAndOutcome(Fields choice)
    {
        var second = new[] { choice.Key("next")!, choice.Key("outcome")! }.MaxBy(k => (k.Position.Line, k.Position.Column))!;
        diagnostics.Error(second, $"{choice.Context} has both 'next' and 'outcome'; a choice either goes on to a next step or ends the check with an outcome");
    }

    private CheckFinding? ReadFinding(Node node)
    {
        if (Fields.Of(node, "finding", ContentKeys.Finding, diagnostics) is not { } fields) return null;
        var word = fields.Scalar("verdict", required: true);
        var verdict = word is null ? null : Verdicts.Kind(word, diagnostics);
        var reason = fields.Text("reason");
        var topic = fields.Reference("topic", "topic", ids);
        var owner = fields.Reference("owner", "owner", ids);

        if (verdict is null || reason is null) return null;
        return new CheckFinding { Verdict = verdict.Value, Reason = reason, Topic = topic, Owner = owner };
    }

    private CheckTip? ReadTip(Node node)
    {
        if (Fields.Of(node, "tip", ContentKeys.Tip, diagnostics) is not { } fields) return null;
        var text = fields.Text("text");
        var topic = fields.Reference("topic", "topic", ids);
        var verdicts = fields.Optional("verdicts") is { } v ? ReadVerdictList(v) : null;
        if (text is null || (fields.Has("verdicts") && verdicts is null)) return null;
        return verdicts is { Count: > 0 } ? new CheckTip(text, topic) { Verdicts = verdicts } : new CheckTip(text, topic);
    }

    private List<VerdictKind>? ReadVerdictList(Node node)
    {
        if (Values.List(node, "verdicts", diagnostics) is not { } list) return null;
        var kinds = Values.Strings(list, "verdicts", diagnostics).Select(word => Verdicts.Kind(word, diagnostics)).ToList();
        return kinds.Any(k => k is null) ? null : [.. kinds.Select(k => k!.Value).Distinct()];
    }
}
