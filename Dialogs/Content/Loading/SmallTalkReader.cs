namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Reads one <c>small-talk:</c> group: <c>reply</c> and <c>in-dialog</c> (message ids) and <c>phrases</c> per language.</summary>
internal static class SmallTalkReader
{
    public static SmallTalk? Read(Node node, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "small-talk group", ContentKeys.SmallTalk, diagnostics) is not { } fields) return null;
        var reply = fields.Required("reply") is { } replyNode ? Values.Scalar(replyNode, "reply", diagnostics) : null;
        if (reply is not null) ids.Reference("message", reply);
        var inDialog = fields.Optional("in-dialog") is { } inDialogNode ? Values.Scalar(inDialogNode, "in-dialog", diagnostics) : null;
        if (inDialog is not null) ids.Reference("message", inDialog);
        var switches = fields.Boolean("switches-language", whenMissing: false);
        var ends = fields.Boolean("ends-dialog", whenMissing: false);
        var phrases = fields.Required("phrases") is { } phrasesNode ? Values.Phrases(phrasesNode, "phrases", diagnostics) : null;
        if (phrases is { Nl.Count: 0, En.Count: 0 }) diagnostics.Error(fields.Key("phrases")!, "a small-talk group needs at least one phrase");
        return reply is null || phrases is null || switches is null || ends is null
            ? null
            : new SmallTalk(reply.Value, phrases) { InDialogReply = inDialog?.Value, SwitchesLanguage = switches.Value, EndsDialog = ends.Value };
    }
}
