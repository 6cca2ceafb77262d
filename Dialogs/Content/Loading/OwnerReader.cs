using System.Text.RegularExpressions;

namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Reads one entry of <c>owners:</c>.</summary>
internal static partial class OwnerReader
{
    public static Owner? Read(Node node, DiagnosticBag diagnostics, IdRegistry ids)
    {
        if (Fields.Of(node, "owner", ContentKeys.Owner, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"owner '{id.Value}'";
        if (id is not null) ids.Define("owner", id);

        var name = fields.Text("name");
        var inASentence = fields.Has("in-a-sentence") ? fields.Text("in-a-sentence") : null;
        var handles = fields.Text("handles");
        var email = Email(fields, "email", required: true, diagnostics);
        var teamsUpn = Email(fields, "teams-upn", required: false, diagnostics);
        var teamsChannel = fields.String("teams-channel");
        var hours = fields.Text("hours");
        var contactChoice = fields.Boolean("contact-choice", whenMissing: true);
        var requests = fields.Optional("requests") is { } requestsNode ? Values.Phrases(requestsNode, "requests", diagnostics) : LocalizedList.Empty;

        if (id is null || name is null || handles is null || email is null || hours is null || contactChoice is null) return null;
        return new Owner
        {
            Id = id.Value,
            Name = name,
            InASentence = inASentence,
            Handles = handles,
            Email = email,
            TeamsUpn = teamsUpn,
            TeamsChannel = teamsChannel,
            Hours = hours,
            ContactChoice = contactChoice.Value,
            Requests = requests ?? LocalizedList.Empty,
        };
    }

    private static string? Email(Fields fields, string key, bool required, DiagnosticBag diagnostics)
    {
        var scalar = fields.Scalar(key, required);
        if (scalar is null) return null;
        var email = scalar.Value.Trim();
        if (EmailAddress().IsMatch(email)) return email;
        diagnostics.Error(scalar, $"'{key}' must be an email address like name@example.com, not '{email}'");
        return null;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailAddress();
}
