namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Reads one entry of <c>topics:</c>.</summary>
internal static class TopicReader
{
    public const int RecommendedTriggers = 5;
    public const int RecommendedAnswerLength = 900;

    public static Topic? Read(Node node, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "topic", ContentKeys.Topic, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"topic '{id.Value}'";
        if (id is not null) ids.Define("topic", id);

        var title = fields.Text("title");
        var answer = fields.Text("answer");
        var principle = fields.Text("principle", required: false);
        var source = fields.Optional("source") is { } sourceNode ? ReadSource(sourceNode, fields.Context, diagnostics) : null;
        var owner = fields.Reference("owner", "owner", ids);
        var startsCheck = fields.Reference("starts-check", "check", ids);
        var related = fields.References("related", "topic", ids);
        var scenarios = fields.References("scenarios", "check", ids);
        var exceptions = fields.Items("exceptions", required: false, node => ReadException(node, fields.Context, diagnostics, ids));
        if (id is not null && exceptions?.Any(e => e.Topic == id.Value) == true)
            diagnostics.Error(fields.Key("exceptions")!, $"an exception of {fields.Context} names the topic itself; name the topic that answers instead");
        var claims = fields.Items("claims", required: false, node => ReadClaim(node, fields.Context, diagnostics, ids));
        if (id is not null && claims?.Any(c => c.NotFrom.Contains(id.Value)) == true)
            diagnostics.Error(fields.Key("claims")!, $"a claim of {fields.Context} lists the topic itself under 'not-from'; a topic always keeps its own questions");
        var triggers = Triggers(fields, diagnostics);
        var match = fields.Scalar("match", required: false);
        if (match is not null && match.Value.Trim() is not ("words" or "whole-message"))
            diagnostics.Error(match, $"'match' of {fields.Context} must be 'words' (the default) or 'whole-message', not '{match.Value.Trim()}'");
        if (answer is not null) WarnLongAnswer(fields, answer, diagnostics);

        if (id is null || title is null || answer is null || triggers is null || exceptions is null || claims is null) return null;
        return new Topic
        {
            Id = id.Value,
            Title = title,
            Answer = answer,
            Principle = principle,
            Source = source,
            Owner = owner,
            Related = related,
            StartsCheck = startsCheck,
            Scenarios = scenarios,
            Exceptions = exceptions,
            Claims = claims,
            Triggers = triggers,
            MatchesWholeMessageOnly = match?.Value.Trim() == "whole-message",
        };
    }

    /// <summary>One of <c>exceptions:</c>: a topic id and the words (per language) that hand the question to it.</summary>
    private static TopicException? ReadException(Node node, string context, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, $"an exception of {context}", ContentKeys.TopicException, diagnostics) is not { } fields) return null;
        var topic = fields.Reference("topic", "topic", ids);
        var when = When(fields, $"an exception of {context}", diagnostics);
        return topic is null || when is null ? null : new TopicException(topic, when);
    }

    /// <summary>One of <c>claims:</c>: the words (per language) that bring a question here, and the topics that keep it.</summary>
    private static TopicClaim? ReadClaim(Node node, string context, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, $"a claim of {context}", ContentKeys.TopicClaim, diagnostics) is not { } fields) return null;
        var when = When(fields, $"a claim of {context}", diagnostics);
        var notFrom = fields.References("not-from", "topic", ids);
        return when is null ? null : new TopicClaim(when, notFrom);
    }

    /// <summary>The <c>when:</c> words of an exception or a claim, at least one phrase in one of the languages.</summary>
    private static LocalizedList? When(Fields fields, string what, DiagnosticBag diagnostics)
    {
        var when = fields.Required("when") is { } node ? Values.Phrases(node, "when", diagnostics) : null;
        if (when is { Nl.Count: 0, En.Count: 0 }) diagnostics.Error(fields.Key("when")!, $"{what} needs at least one phrase under 'when'");
        return when;
    }

    /// <summary>A <c>source:</c> with a title in both languages and an absolute https URL per language.</summary>
    private static TopicSource? ReadSource(Node node, string context, DiagnosticBag diagnostics)
    {
        if (Fields.Of(node, $"the source of {context}", ContentKeys.Source, diagnostics) is not { } fields) return null;
        var title = fields.Text("title");
        var url = fields.Text("url");
        if (title is null || url is null) return null;
        var valid = true;
        foreach (var (language, value) in ((MapNode)fields.Optional("url")!).Entries)
        {
            if (value is ScalarNode text && !IsHttpsUrl(text.Value.Trim()))
            {
                diagnostics.Error(text, $"the '{language.Value}' url of the source of {context} must be an absolute https address, like https://intranet.example.com/policies/social-media");
                valid = false;
            }
        }
        return valid ? new TopicSource(title, url) : null;
    }

    private static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    private static LocalizedList? Triggers(Fields fields, DiagnosticBag diagnostics)
    {
        if (fields.Required("triggers") is not { } node) return null;
        if (Values.Phrases(node, "triggers", diagnostics) is not { } triggers) return null;
        foreach (var language in Enum.GetValues<Language>())
        {
            var count = triggers[language].Count;
            if (count == 0)
                diagnostics.Error(node, $"{fields.Context} has no '{language.Code()}' trigger phrases");
            else if (count < RecommendedTriggers)
                diagnostics.Warning(node, $"{fields.Context} has {count} '{language.Code()}' trigger phrases; " +
                                          $"{RecommendedTriggers} or more help the bot recognise questions");
        }
        return triggers;
    }

    private static void WarnLongAnswer(Fields fields, LocalizedText answer, DiagnosticBag diagnostics)
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var length = answer[language].Length;
            if (length > RecommendedAnswerLength)
                diagnostics.Warning(fields.Optional("answer")!, $"the '{language.Code()}' answer of {fields.Context} is {length} characters; " +
                                                                $"keep it under about {RecommendedAnswerLength} so it reads well in chat");
        }
    }
}
