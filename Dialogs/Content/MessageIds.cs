namespace PolicyBot.Dialogs.Content;

/// <summary>The ids of the bot's own texts in <c>messages.yaml</c>; the validator requires every one of them.</summary>
public static class MessageIds
{
    public const string Welcome = "welcome";
    public const string Help = "help";
    public const string NoMatch = "no-match";
    public const string EmptyMessage = "empty-message";
    public const string NumberWithoutChoice = "number-without-choice";
    public const string Cancelled = "cancelled";
    public const string NothingToCancel = "nothing-to-cancel";
    public const string Error = "error";
    public const string TopicsList = "topics-list";
    public const string RelatedHeading = "related-heading";
    public const string AlternativesHeading = "alternatives-heading";
    public const string PrincipleHeading = "principle-heading";
    public const string SourceLabel = "source-label";
    public const string DidYouMean = "did-you-mean";
    public const string FollowUp = "follow-up";
    public const string FollowUpSameTopic = "follow-up-same-topic";
    public const string ButtonNoneOfThese = "button-none-of-these";
    public const string NoneOfThese = "none-of-these";
    public const string FeedbackQuestion = "feedback-question";
    public const string ButtonHelped = "button-helped";
    public const string ButtonNotHelped = "button-not-helped";
    public const string FeedbackThanks = "feedback-thanks";
    public const string FeedbackSorry = "feedback-sorry";

    public const string ButtonCheck = "button-check";
    public const string ButtonTopics = "button-topics";
    public const string ButtonContact = "button-contact";
    public const string ButtonHelp = "button-help";
    public const string ButtonBack = "button-back";
    public const string ButtonStartOver = "button-start-over";
    public const string ButtonAskOwner = "button-ask-owner";
    public const string ButtonOpenChat = "button-open-chat";
    public const string ButtonEmail = "button-email";

    public const string CheckIntro = "check-intro";
    public const string CheckRetry = "check-retry";
    public const string CheckRetryQuestion = "check-retry-question";
    public const string CheckTooManyAttempts = "check-too-many-attempts";
    public const string CheckRestarted = "check-restarted";
    public const string CheckGone = "check-gone";
    public const string CheckBackFirst = "check-back-first";
    public const string CheckResume = "check-resume";
    public const string VerdictReasons = "verdict-reasons";
    public const string VerdictTips = "verdict-tips";

    public const string PromptRetryChoice = "prompt-retry-choice";
    public const string PromptRetryConfirm = "prompt-retry-confirm";
    public const string PromptRetryText = "prompt-retry-text";
    public const string PromptTooManyAttempts = "prompt-too-many-attempts";

    public const string HandoffChooseOwner = "handoff-choose-owner";
    public const string HandoffAskQuestion = "handoff-ask-question";
    public const string HandoffConfirm = "handoff-confirm";
    public const string HandoffConfirmPrepare = "handoff-confirm-prepare";
    public const string HandoffPrepared = "handoff-prepared";
    public const string HandoffNotSent = "handoff-not-sent";
    public const string HandoffContact = "handoff-contact";
    public const string HandoffWhy = "handoff-why";
    public const string HandoffTell = "handoff-tell";
    public const string HandoffTellDefault = "handoff-tell-default";
    public const string HandoffTicketPosted = "handoff-ticket-posted";

    public const string TicketTitle = "ticket-title";
    public const string TicketQuestion = "ticket-question";
    public const string TicketTopic = "ticket-topic";
    public const string TicketLanguage = "ticket-language";
    public const string TicketLanguageName = "ticket-language-name";
    public const string TicketId = "ticket-id";
    public const string TicketAnswers = "ticket-answers";
    public const string TicketAsked = "ticket-asked";
    public const string TicketWaiting = "ticket-waiting";
    public const string TicketPickedUpBy = "ticket-picked-up-by";
    public const string ButtonTakeTicket = "button-take-ticket";
    public const string TicketPickedUpEmployee = "ticket-picked-up-employee";
    public const string TicketAlreadyTaken = "ticket-already-taken";
    public const string TicketNotFound = "ticket-not-found";
    public const string TicketReminder = "ticket-reminder";
    public const string TicketAnswerPlaceholder = "ticket-answer-placeholder";
    public const string ButtonCloseTicket = "button-close-ticket";
    public const string TicketAnswerEmpty = "ticket-answer-empty";
    public const string TicketAnsweredBy = "ticket-answered-by";
    public const string TicketAnswerHeading = "ticket-answer-heading";
    public const string TicketAnswerEmployee = "ticket-answer-employee";
    public const string TicketNotTaker = "ticket-not-taker";
    public const string ButtonSuggestTicket = "button-suggest-ticket";
    public const string TicketSuggested = "ticket-suggested";

    public const string QuizIntro = "quiz-intro";
    public const string QuizQuestion = "quiz-question";
    public const string QuizCorrect = "quiz-correct";
    public const string QuizWrong = "quiz-wrong";
    public const string QuizResume = "quiz-resume";
    public const string QuizPrinciple = "quiz-principle";
    public const string QuizScore = "quiz-score";
    public const string QuizPerfect = "quiz-perfect";
    public const string QuizReadAgain = "quiz-read-again";
    public const string ButtonQuiz = "button-quiz";
    public const string ButtonQuizAgain = "button-quiz-again";
    public const string ButtonScenarios = "button-scenarios";
    public const string ScenariosList = "scenarios-list";

    public const string SmallTalkThanks = "small-talk-thanks";
    public const string SmallTalkGreeting = "small-talk-greeting";
    public const string SmallTalkOk = "small-talk-ok";

    public const string StaleCard = "stale-card";
    public const string StaleCardDone = "stale-card-done";
    public const string CheckStaleAnswer = "check-stale-answer";
    public const string CheckUnderstood = "check-understood";
    public const string CheckUnderstoodAttachment = "check-understood-attachment";
    public const string CheckChangedMind = "check-changed-mind";
    public const string CheckTextSaid = "check-text-said";
    public const string CheckTextSaidBefore = "check-text-said-before";
    public const string CheckJustDone = "check-just-done";

    public static readonly IReadOnlyList<string> All =
    [
        Welcome, Help, NoMatch, EmptyMessage, NumberWithoutChoice, Cancelled, NothingToCancel, Error, TopicsList, RelatedHeading, AlternativesHeading, PrincipleHeading, SourceLabel,
        DidYouMean, FollowUp, FollowUpSameTopic, ButtonNoneOfThese, NoneOfThese, FeedbackQuestion, ButtonHelped, ButtonNotHelped, FeedbackThanks, FeedbackSorry,
        ButtonCheck, ButtonTopics, ButtonContact, ButtonHelp, ButtonBack, ButtonStartOver, ButtonAskOwner, ButtonOpenChat, ButtonEmail,
        CheckIntro, CheckRetry, CheckRetryQuestion, CheckTooManyAttempts, CheckRestarted, CheckGone, CheckBackFirst, CheckResume, VerdictReasons, VerdictTips,
        PromptRetryChoice, PromptRetryConfirm, PromptRetryText, PromptTooManyAttempts,
        QuizIntro, QuizQuestion, QuizCorrect, QuizWrong, QuizResume, QuizPrinciple, QuizScore, QuizPerfect, QuizReadAgain,
        ButtonQuiz, ButtonQuizAgain, ButtonScenarios, ScenariosList,
        HandoffChooseOwner, HandoffAskQuestion, HandoffConfirm, HandoffConfirmPrepare, HandoffPrepared, HandoffNotSent, HandoffContact,
        HandoffWhy, HandoffTell, HandoffTellDefault, HandoffTicketPosted,
        TicketTitle, TicketQuestion, TicketTopic, TicketLanguage, TicketLanguageName, TicketId, TicketAnswers, TicketAsked, TicketWaiting, TicketPickedUpBy,
        ButtonTakeTicket, TicketPickedUpEmployee, TicketAlreadyTaken, TicketNotFound, TicketReminder,
        TicketAnswerPlaceholder, ButtonCloseTicket, TicketAnswerEmpty, TicketAnsweredBy, TicketAnswerHeading, TicketAnswerEmployee,
        TicketNotTaker, ButtonSuggestTicket, TicketSuggested,
        SmallTalkThanks, SmallTalkGreeting, SmallTalkOk,
        StaleCard, StaleCardDone, CheckStaleAnswer, CheckUnderstood, CheckUnderstoodAttachment, CheckChangedMind, CheckTextSaid, CheckTextSaidBefore, CheckJustDone,
    ];
}
