using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Small content built in C# for engine tests: every message reads "nl:&lt;id&gt;" or "en:&lt;id&gt;" (plus its
/// placeholders) so a test can see exactly which text in which language the bot sent.
/// </summary>
public static class TestContent
{
    public static LocalizedText T(string id) => new($"nl:{id}", $"en:{id}");

    public static PolicyContent Build(Func<GuidedCheck, GuidedCheck>? changeCheck = null)
    {
        var messages = MessageIds.All.ToDictionary(id => id, id => id switch
        {
            MessageIds.ButtonAskOwner => new LocalizedText("nl:vraag {owner}", "en:ask {owner}"),
            MessageIds.HandoffAskQuestion => new LocalizedText("nl:vraag voor {owner}?", "en:question for {owner}?"),
            MessageIds.HandoffConfirm => new LocalizedText("nl:{owner} krijgt: {question}", "en:{owner} gets: {question}"),
            MessageIds.HandoffConfirmPrepare => new LocalizedText("nl:{owner} klaarzetten: {question}", "en:{owner} ready: {question}"),
            MessageIds.HandoffContact => new LocalizedText("nl:{owner} {email} {hours}", "en:{owner} {email} {hours}"),
            MessageIds.QuizIntro => new LocalizedText("nl:quiz-intro {count}", "en:quiz-intro {count}"),
            MessageIds.QuizQuestion => new LocalizedText("nl:{number}/{count} {situation}", "en:{number}/{count} {situation}"),
            MessageIds.QuizPrinciple => new LocalizedText("nl:principle {principle}", "en:principle {principle}"),
            MessageIds.QuizScore => new LocalizedText("nl:score {score}/{count}", "en:score {score}/{count}"),
            _ => T(id),
        });
        var check = Check();
        return new PolicyContent
        {
            Messages = messages,
            Owners =
            [
                new Owner { Id = "marketing", Name = new("Marketing", "Marketing"), Handles = T("marketing-handles"), Email = "marketing@example.com", TeamsUpn = "marketing@example.com", Hours = T("hours") },
                new Owner { Id = "customer-service", Name = new("Klantenservice", "Customer service"), Handles = T("cs-handles"), Email = "cs@example.com", Hours = T("hours") },
            ],
            Topics =
            [
                Topic("may-i-share", "share this") with { StartsCheck = "may-i-share" },
                Topic("confidential-information", "secret") with { Related = ["audiences"] },
                Topic("audiences", "audience"),
                Topic("customer-question", "complain") with { Owner = "customer-service", Scenarios = ["what-if"] },
            ],
            Checks = [changeCheck is null ? check : changeCheck(check), WhatIf()],
            Quiz = new Quiz
            {
                Title = T("quiz-title"),
                Length = 3,
                Triggers = new LocalizedList(["test mijn kennis"], ["quiz", "test my knowledge"]),
                Questions = [.. Enumerable.Range(1, 6).Select(QuizQuestion)],
            },
        };
    }

    private static Topic Topic(string id, string trigger) => new()
    {
        Id = id,
        Title = T("title-" + id),
        Answer = T("answer-" + id),
        Principle = T("principle-" + id),
        Triggers = new LocalizedList([trigger], [trigger]),
    };

    /// <summary>Question q1..q6 about "audiences" (odd) or "confidential-information" (even); answer "right" is correct.</summary>
    private static QuizQuestion QuizQuestion(int n) => new()
    {
        Id = $"q{n}",
        Topic = n % 2 == 1 ? "audiences" : "confidential-information",
        Situation = T($"situation-q{n}"),
        Answers =
        [
            new QuizAnswer { Id = "wrong", Label = new("Fout", "Wrong"), Feedback = T($"feedback-q{n}-wrong") },
            new QuizAnswer { Id = "right", Label = new("Goed", "Right"), Correct = true, Feedback = T($"feedback-q{n}-right") },
        ],
    };

    private static GuidedCheck WhatIf() => new()
    {
        Id = "what-if",
        Title = T("what-if-title"),
        Intro = T("what-if-intro"),
        Start = "who",
        Steps =
        [
            new CheckStep
            {
                Id = "who",
                Question = T("q-who"),
                Choices =
                [
                    new CheckChoice { Id = "customer", Label = new("Klant", "Customer"), Outcome = "to-service" },
                    new CheckChoice { Id = "friend", Label = new("Vriend", "Friend"), Outcome = "relax" },
                ],
            },
        ],
        Outcomes =
        [
            new CheckOutcome { Id = "to-service", Title = T("outcome-to-service"), Text = T("outcome-to-service-text"), Owner = "customer-service", Topics = ["customer-question"] },
            new CheckOutcome { Id = "relax", Title = T("outcome-relax"), Text = T("outcome-relax-text") },
        ],
    };

    private static GuidedCheck Check() => new()
    {
        Id = "may-i-share",
        Title = T("check-title"),
        Start = "what",
        Steps =
        [
            new CheckStep
            {
                Id = "what",
                Question = T("q-what"),
                Choices =
                [
                    new CheckChoice { Id = "news", Label = new("Nieuws", "News"), Next = "secret" },
                    new CheckChoice { Id = "photo", Label = new("Een foto", "A photo"), Synonyms = new(["plaatje"], ["picture"]), Next = "secret",
                        Finding = new CheckFinding { Verdict = VerdictKind.GoAheadWithCare, Reason = T("reason-photo"), Topic = "audiences" } },
                    new CheckChoice { Id = "complaint", Label = new("Klacht", "Complaint"), Next = null,
                        Finding = new CheckFinding { Verdict = VerdictKind.AskOwner, Reason = T("reason-complaint"), Owner = "customer-service" } },
                ],
            },
            new CheckStep
            {
                Id = "secret",
                Question = T("q-secret"),
                Choices =
                [
                    new CheckChoice { Id = "yes", Label = new("Ja", "Yes"), Finding = new CheckFinding { Verdict = VerdictKind.DontShare, Reason = T("reason-secret"), Topic = "confidential-information" } },
                    new CheckChoice { Id = "no", Label = new("Nee", "No") },
                ],
            },
        ],
        Verdicts = Enum.GetValues<VerdictKind>().ToDictionary(k => k, k => new VerdictText(T("title-" + k), T("summary-" + k))),
        Tips = [new CheckTip(T("tip"), "audiences")],
    };
}

/// <summary>Finds a topic when the text contains one of its triggers; enough to drive the dialogs in tests.</summary>
public sealed class KeywordRecognizer(PolicyContent content) : ITopicRecognizer
{
    public RecognizerResult Recognize(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var topic = content.Topics.FirstOrDefault(t => t.Triggers.All.Any(trigger => normalized.Contains(TextNormalizer.Normalize(trigger))));
        var language = normalized.Contains("mag ik") || normalized.Contains("het") ? Language.Nl : (Language?)null;
        // "vague"/"vaag": no topic sure enough, two close ones to suggest.
        if (topic is null && (normalized.Contains("vague") || normalized.Contains("vaag")))
        {
            TopicScore[] close = [new("confidential-information", 0.2), new("audiences", 0.18)];
            return new RecognizerResult(null, 0.2, close) { DetectedLanguage = language, Suggestions = close };
        }
        if (topic is null) return RecognizerResult.None with { DetectedLanguage = language };
        // Another topic's trigger in the same text: a close second, offered beside the answer.
        var others = content.Topics
            .Where(t => t != topic && t.Triggers.All.Any(trigger => normalized.Contains(TextNormalizer.Normalize(trigger))))
            .Select(t => new TopicScore(t.Id, 0.9))
            .ToList();
        return new RecognizerResult(topic.Id, 1, [new TopicScore(topic.Id, 1), .. others]) { DetectedLanguage = language, Alternatives = others };
    }
}

/// <summary>A content provider whose snapshot a test can swap, as a hot reload would.</summary>
public sealed class SwappableContent(PolicyContent content) : IContentProvider
{
    public ContentSnapshot Current { get; private set; } = new(content, new KeywordRecognizer(content), 1);

    public void Swap(PolicyContent next) => Current = new ContentSnapshot(next, new KeywordRecognizer(next), Current.Version + 1);
}
