using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Turns the answers of a check into the verdict card: the most serious finding wins. A verdict that says "not like
/// this" (ask first, don't share) gives only the reasons that stop the post, and a tip only shows with the verdicts it fits.
/// </summary>
public static class CheckVerdicts
{
    public static MessageReply Build(TurnContext context, GuidedCheck check, IReadOnlyList<(string Step, string Choice)> answers)
    {
        var language = context.Language;
        var findings = answers
            .Select(a => check.Step(a.Step)?.Choices.FirstOrDefault(c => c.Id == a.Choice)?.Finding)
            .OfType<CheckFinding>()
            .ToList();
        var kind = findings.Select(f => f.Verdict).DefaultIfEmpty(VerdictKind.GoAhead).MaxBy(Severity);
        var texts = check.Verdicts[kind];

        var stops = Severity(kind) >= Severity(VerdictKind.AskOwner);
        var reasons = findings
            .Where(f => !stops || Severity(f.Verdict) >= Severity(VerdictKind.AskOwner))
            .OrderByDescending(f => Severity(f.Verdict))
            .Select(f => new VerdictReason(f.Reason[language], f.Topic, f.Topic is { } t ? context.Content.Topic(t)?.Title[language] : null))
            .ToList();
        var tips = check.Tips.Where(t => t.Fits(kind)).Select(t => t.Text[language]).ToList();

        var choices = new List<Choice>();
        foreach (var finding in findings.Where(f => f.Verdict == kind && f.Owner is not null).DistinctBy(f => f.Owner))
            if (context.Content.Owner(finding.Owner!) is { } owner)
                choices.Add(HandoffOffers.AskButton(context, HandoffFrom(check, answers, owner, finding), owner));
        foreach (var reason in reasons.Where(r => r.TopicId is not null && r.TopicTitle is not null).DistinctBy(r => r.TopicId))
            choices.Add(new Choice(Commands.Topic(reason.TopicId!), reason.TopicTitle!));
        choices.Add(new Choice(Commands.Check, context.Text(MessageIds.ButtonCheck)));

        var text = string.Join("\n\n", new[] { $"**{texts.Title[language]}**", texts.Summary[language] }
            .Concat(reasons.Select(r => "- " + r.Text))
            .Concat(tips.Select(t => "- " + t)));
        return new MessageReply(text)
        {
            Language = language,
            FromContent = !HandoffOffers.AnyIn(choices),
            Choices = choices,
            Card = new VerdictCard(kind, texts.Title[language], texts.Summary[language])
            {
                Reasons = reasons,
                Tips = tips,
                ReasonsHeading = context.Text(MessageIds.VerdictReasons),
                TipsHeading = context.Text(MessageIds.VerdictTips),
            },
        };
    }

    /// <summary>The owner button's offer keeps the check's answers, so the owner's ticket shows what the employee answered.</summary>
    private static HandoffContext HandoffFrom(GuidedCheck check, IReadOnlyList<(string Step, string Choice)> answers, Owner owner, CheckFinding finding) =>
        new(owner.Id) { TopicId = finding.Topic, CheckId = check.Id, Answers = answers };

    private static int Severity(VerdictKind kind) => kind switch
    {
        VerdictKind.GoAhead => 0,
        VerdictKind.GoAheadWithCare => 1,
        VerdictKind.AskOwner => 2,
        VerdictKind.DontShare => 3,
        _ => 0,
    };
}
