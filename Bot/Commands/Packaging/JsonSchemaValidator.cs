using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// A compact JSON Schema draft-04 validator for the keywords the Teams manifest schemas use: type, enum, const,
/// properties, patternProperties, additionalProperties, required, min/maxProperties, dependencies, items, min/maxItems,
/// uniqueItems, min/maxLength, pattern, format (uri, email, loosely), minimum/maximum, allOf/anyOf/oneOf/not, and
/// <c>$ref</c> to JSON pointers inside the same document. Unknown keywords are ignored, as the spec says.
/// </summary>
public sealed class JsonSchemaValidator(JsonElement schema)
{
    private readonly Dictionary<string, Regex> _patterns = [];

    /// <summary>Every violation as <c>path: message</c>, with paths like <c>$.bots[0].botId</c>; empty when valid.</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement s, JsonElement value, string path, List<string> errors)
    {
        if (s.ValueKind == JsonValueKind.False) errors.Add($"{path}: not allowed");
        if (s.ValueKind != JsonValueKind.Object) return;
        if (s.TryGetProperty("$ref", out var reference))
        {
            // Draft-04: a $ref replaces its siblings.
            if (Resolve(reference.GetString()) is { } target) Check(target, value, path, errors);
            else errors.Add($"{path}: the schema's $ref {reference} cannot be resolved");
            return;
        }
        if (s.TryGetProperty("type", out var type) && !TypeMatches(type, value)) errors.Add($"{path}: expected {Describe(type)}, found {Kind(value)}");
        if (s.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
            errors.Add($"{path}: must be one of {string.Join(", ", options.EnumerateArray().Select(o => o.GetRawText()))}");
        if (s.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value)) errors.Add($"{path}: must be {constant.GetRawText()}");

        switch (value.ValueKind)
        {
            case JsonValueKind.String: CheckString(s, value.GetString()!, path, errors); break;
            case JsonValueKind.Number: CheckNumber(s, value.GetDouble(), path, errors); break;
            case JsonValueKind.Object: CheckObject(s, value, path, errors); break;
            case JsonValueKind.Array: CheckArray(s, value, path, errors); break;
        }

        if (s.TryGetProperty("allOf", out var all)) foreach (var sub in all.EnumerateArray()) Check(sub, value, path, errors);
        if (s.TryGetProperty("anyOf", out var any) && !any.EnumerateArray().Any(sub => Passes(sub, value, path)))
            errors.Add($"{path}: matches none of the allowed shapes (anyOf)");
        if (s.TryGetProperty("oneOf", out var one) && one.EnumerateArray().Count(sub => Passes(sub, value, path)) != 1)
            errors.Add($"{path}: must match exactly one allowed shape (oneOf)");
        if (s.TryGetProperty("not", out var not) && Passes(not, value, path)) errors.Add($"{path}: matches a forbidden shape (not)");
    }

    private void CheckString(JsonElement s, string text, string path, List<string> errors)
    {
        var length = text.EnumerateRunes().Count();
        if (s.TryGetProperty("maxLength", out var max) && length > max.GetInt32()) errors.Add($"{path}: longer than {max} characters ({length})");
        if (s.TryGetProperty("minLength", out var min) && length < min.GetInt32()) errors.Add($"{path}: shorter than {min} characters");
        if (s.TryGetProperty("pattern", out var pattern) && !Pattern(pattern.GetString()!).IsMatch(text)) errors.Add($"{path}: does not match {pattern.GetString()}");
        if (s.TryGetProperty("format", out var format))
        {
            var ok = format.GetString() switch
            {
                "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
                "email" => text.IndexOf('@', StringComparison.Ordinal) is > 0 && !text.EndsWith('@'),
                _ => true,
            };
            if (!ok) errors.Add($"{path}: not a valid {format.GetString()}");
        }
    }

    private static void CheckNumber(JsonElement s, double number, string path, List<string> errors)
    {
        var exclusiveMax = s.TryGetProperty("exclusiveMaximum", out var em) && em.ValueKind == JsonValueKind.True;
        var exclusiveMin = s.TryGetProperty("exclusiveMinimum", out var en) && en.ValueKind == JsonValueKind.True;
        if (s.TryGetProperty("maximum", out var max) && (exclusiveMax ? number >= max.GetDouble() : number > max.GetDouble()))
            errors.Add($"{path}: above the maximum {max}");
        if (s.TryGetProperty("minimum", out var min) && (exclusiveMin ? number <= min.GetDouble() : number < min.GetDouble()))
            errors.Add($"{path}: below the minimum {min}");
    }

    private void CheckObject(JsonElement s, JsonElement value, string path, List<string> errors)
    {
        var names = value.EnumerateObject().Select(p => p.Name).ToList();
        if (s.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !names.Contains(n)))
                errors.Add($"{path}: missing required property '{name}'");
        if (s.TryGetProperty("minProperties", out var minP) && names.Count < minP.GetInt32()) errors.Add($"{path}: needs at least {minP} properties");
        if (s.TryGetProperty("maxProperties", out var maxP) && names.Count > maxP.GetInt32()) errors.Add($"{path}: allows at most {maxP} properties");

        s.TryGetProperty("properties", out var properties);
        s.TryGetProperty("patternProperties", out var patternProperties);
        s.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = ChildPath(path, property.Name);
            var matched = false;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                matched = true;
                Check(propertySchema, property.Value, childPath, errors);
            }
            if (patternProperties.ValueKind == JsonValueKind.Object)
            {
                foreach (var candidate in patternProperties.EnumerateObject().Where(c => Pattern(c.Name).IsMatch(property.Name)))
                {
                    matched = true;
                    Check(candidate.Value, property.Value, childPath, errors);
                }
            }
            if (matched) continue;
            if (additional.ValueKind == JsonValueKind.False) errors.Add($"{path}: property '{property.Name}' is not allowed");
            else if (additional.ValueKind == JsonValueKind.Object) Check(additional, property.Value, childPath, errors);
        }

        if (s.TryGetProperty("dependencies", out var dependencies))
        {
            foreach (var dependency in dependencies.EnumerateObject().Where(d => names.Contains(d.Name)))
            {
                if (dependency.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var needed in dependency.Value.EnumerateArray().Select(n => n.GetString()!).Where(n => !names.Contains(n)))
                        errors.Add($"{path}: '{dependency.Name}' also needs '{needed}'");
                }
                else Check(dependency.Value, value, path, errors);
            }
        }
    }

    private void CheckArray(JsonElement s, JsonElement value, string path, List<string> errors)
    {
        var items = value.EnumerateArray().ToList();
        if (s.TryGetProperty("minItems", out var min) && items.Count < min.GetInt32()) errors.Add($"{path}: needs at least {min} items");
        if (s.TryGetProperty("maxItems", out var max) && items.Count > max.GetInt32()) errors.Add($"{path}: allows at most {max} items ({items.Count})");
        if (s.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            for (var i = 1; i < items.Count; i++)
                if (items.Take(i).Any(earlier => JsonElement.DeepEquals(earlier, items[i]))) errors.Add($"{path}[{i}]: duplicate item");
        }
        if (!s.TryGetProperty("items", out var itemSchema)) return;
        if (itemSchema.ValueKind == JsonValueKind.Array)
        {
            // Tuple form: one schema per position, then additionalItems.
            var tuple = itemSchema.EnumerateArray().ToList();
            s.TryGetProperty("additionalItems", out var extra);
            for (var i = 0; i < items.Count; i++)
            {
                if (i < tuple.Count) Check(tuple[i], items[i], $"{path}[{i}]", errors);
                else if (extra.ValueKind == JsonValueKind.False) errors.Add($"{path}[{i}]: no more items allowed");
                else if (extra.ValueKind == JsonValueKind.Object) Check(extra, items[i], $"{path}[{i}]", errors);
            }
            return;
        }
        for (var i = 0; i < items.Count; i++) Check(itemSchema, items[i], $"{path}[{i}]", errors);
    }

    private bool Passes(JsonElement s, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(s, value, path, errors);
        return errors.Count == 0;
    }

    private JsonElement? Resolve(string? reference)
    {
        if (reference is null || !reference.StartsWith('#')) return null;
        var node = schema;
        foreach (var raw in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(token, out var child)) node = child;
            else if (node.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < node.GetArrayLength()) node = node[index];
            else return null;
        }
        return node;
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
            _patterns[pattern] = regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return regex;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => IsType(t.GetString(), value))
        : IsType(type.GetString(), value);

    private static bool IsType(string? type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        _ => true,
    };

    private static string Describe(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString() ?? "?";

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string ChildPath(string path, string name) =>
        Regex.IsMatch(name, "^[A-Za-z_$][A-Za-z0-9_$]*$") ? $"{path}.{name}" : $"{path}['{name}']";
}
