namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>How a choice leaves its step: on to a next step, to a named outcome, or (neither) to the verdict.</summary>
internal sealed record ChoiceEnd(string Choice, Node At, bool HasNext, ScalarNode? Outcome);

/// <summary>
/// Reads the <c>outcomes:</c> of a check and checks how its choices end: every <c>outcome</c> names one of them, every
/// outcome is used, and a check has <c>verdicts</c> when some choice ends it without an outcome.
/// </summary>
internal static class OutcomeReader
{
    public static CheckOutcome? Read(Node node, LocalIds outcomeIds, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "outcome", ContentKeys.Outcome, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"outcome '{id.Value}'";
        if (id is not null && !outcomeIds.Define(id)) id = null;

        var title = fields.Text("title");
        var text = fields.Text("text");
        var owner = fields.Reference("owner", "owner", ids);
        var topics = fields.References("topics", "topic", ids);

        if (id is null || title is null || text is null) return null;
        return new CheckOutcome { Id = id.Value, Title = title, Text = text, Owner = owner, Topics = topics };
    }

    public static void ValidateEndings(string check, IReadOnlyList<ChoiceEnd> ends, LocalIds outcomeIds, bool hasVerdicts, DiagnosticBag diagnostics)
    {
        var known = outcomeIds.All.Select(o => o.Value).ToList();
        foreach (var outcome in ends.Select(e => e.Outcome).OfType<ScalarNode>().Where(o => !outcomeIds.Contains(o.Value.Trim())))
        {
            var hint = known.Count == 0 ? $"; {check} has no 'outcomes'" : Suggestions.DidYouMean(outcome.Value, known);
            diagnostics.Error(outcome, $"unknown outcome '{outcome.Value}' in {check}" + hint);
        }

        if (!hasVerdicts)
        {
            foreach (var end in ends.Where(e => !e.HasNext && e.Outcome is null))
                diagnostics.Error(end.At, $"{end.Choice} ends the check without an outcome, so {check} needs 'verdicts'");
        }

        var used = ends.Select(e => e.Outcome?.Value.Trim()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var outcome in outcomeIds.All.Where(o => !used.Contains(o.Value)))
            diagnostics.Warning(outcome, $"outcome '{outcome.Value}' of {check} is never used: no choice has 'outcome: {outcome.Value}'");
    }
}
