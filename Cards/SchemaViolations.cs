using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace PolicyBot.Cards;

/// <summary>
/// NJsonSchema's validation errors as <c>path: message</c> lines, with JSONPath-like paths (<c>$.bots[0].botId</c>,
/// <c>$['bots[0].title']</c>) and the schema's limit in the message. A union of shapes told apart by <c>type</c> (how
/// the Adaptive Card schema lists elements and actions) reports the one branch of that type, or the unknown type.
/// </summary>
public static class SchemaViolations
{
    public static List<string> Describe(IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var lines = new List<string>();
        foreach (var error in errors) Add(error, lines);
        return [.. lines.Distinct(StringComparer.Ordinal)];
    }

    private static void Add(ValidationError error, List<string> lines)
    {
        if (error is ChildSchemaValidationError child)
        {
            if (error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf && TypeName(error.Token) is { } type)
            {
                // Branches whose own "type" did not match are not what the author meant; the rest say what is wrong.
                var meant = child.Errors.Values.Where(branch => !branch.Any(e => RejectsType(e, error.Path ?? ""))).ToList();
                if (meant.Count == 0) lines.Add($"{PathOf(error)}: unknown type '{type}' (not in the schema here)");
                foreach (var e in meant.SelectMany(b => b)) Add(e, lines);
                return;
            }
            if (error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf)
            {
                // "A FontWeight or null", "one of these words, or the same in any case (pattern)": name the words.
                var branches = child.Errors.Values.Where(b => !b.All(e => e.Kind == ValidationErrorKind.NullExpected)).ToList();
                var named = branches.Count == 1 ? branches[0] : branches.FirstOrDefault(b => b.Count == 1 && b.Single().Kind == ValidationErrorKind.NotInEnumeration);
                if (named is not null)
                {
                    foreach (var e in named) Add(e, lines);
                    return;
                }
                lines.Add(PathOf(error) + (error.Kind == ValidationErrorKind.NotOneOf ? ": must match exactly one allowed shape (oneOf)" : ": matches none of the allowed shapes (anyOf)"));
                return;
            }
            foreach (var e in child.Errors.Values.SelectMany(b => b)) Add(e, lines);
            return;
        }
        lines.Add($"{PathOf(error)}: {Message(error)}");
    }

    private static string Message(ValidationError error)
    {
        var schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"missing required property '{error.Property}'",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not allowed",
            ValidationErrorKind.StringTooLong => $"longer than {schema?.MaxLength} characters ({((string?)error.Token is { } s ? s.Length : 0)})",
            ValidationErrorKind.StringTooShort => $"shorter than {schema?.MinLength} characters",
            ValidationErrorKind.PatternMismatch => $"does not match {schema?.Pattern}",
            ValidationErrorKind.NotInEnumeration => $"must be one of {string.Join(", ", schema?.Enumeration.Select(e => $"\"{e}\"") ?? [])}",
            ValidationErrorKind.TooManyItems => $"allows at most {schema?.MaxItems} items",
            ValidationErrorKind.TooFewItems => $"needs at least {schema?.MinItems} items",
            ValidationErrorKind.ItemsNotUnique => "has duplicate items",
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => $"above the maximum {schema?.Maximum}",
            ValidationErrorKind.NumberTooSmall => $"below the minimum {schema?.Minimum}",
            ValidationErrorKind.UriExpected => "not a valid uri",
            ValidationErrorKind.EmailExpected => "not a valid email address",
            ValidationErrorKind.TooFewProperties => $"needs at least {schema?.MinProperties} properties",
            ValidationErrorKind.ExcludedSchemaValidates => "matches a forbidden shape (not)",
            var kind when kind.ToString().EndsWith("Expected", StringComparison.Ordinal) =>
                $"expected {kind.ToString()[..^"Expected".Length].ToLowerInvariant()}, found {Kind(error.Token)}",
            var kind => kind.ToString(),
        };
    }

    /// <summary>Whether a branch refused the object at <paramref name="path"/> for its own <c>type</c> (not a nested one).</summary>
    private static string Kind(JToken? token) => token?.Type switch
    {
        JTokenType.Integer or JTokenType.Float => "number",
        { } type => type.ToString().ToLowerInvariant(),
        null => "nothing",
    };

    private static bool RejectsType(ValidationError error, string path) =>
        error.Kind == ValidationErrorKind.NotInEnumeration && error.Path == path + ".type"
        || error is ChildSchemaValidationError child && child.Path == path && child.Errors.Values.Any(b => b.Any(e => RejectsType(e, path)));

    private static string? TypeName(JToken? token) =>
        token is JObject obj && obj["type"] is JValue { Type: JTokenType.String } type ? (string?)type : null;

    /// <summary><c>$</c> plus Newtonsoft's path, which already brackets names that are not plain identifiers.</summary>
    private static string PathOf(ValidationError error)
    {
        var path = error.Token?.Path ?? (error.Path ?? "").TrimStart('#', '/');
        return path.Length == 0 ? "$" : path.StartsWith('[') ? "$" + path : "$." + path;
    }
}
