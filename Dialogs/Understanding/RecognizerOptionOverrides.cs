using System.Globalization;

namespace PolicyBot.Dialogs.Understanding;

/// <summary><c>Name=value</c> overrides of <see cref="TopicRecognizerOptions"/> (and <c>Classifier.Name=value</c>), for trying settings in <c>eval</c>.</summary>
public static class RecognizerOptionOverrides
{
    public static TopicRecognizerOptions Apply(TopicRecognizerOptions options, IEnumerable<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(overrides);
        foreach (var entry in overrides)
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2) throw new ArgumentException($"--set {entry}: expected Name=value");
            var name = parts[0].Trim();
            if (name.StartsWith("Classifier.", StringComparison.Ordinal))
                options = options with { Classifier = Set(options.Classifier, name["Classifier.".Length..], parts[1]) };
            else
                options = Set(options, name, parts[1]);
        }
        return options;
    }

    private static T Set<T>(T options, string name, string value) where T : class
    {
        var property = typeof(T).GetProperty(name) ?? throw new ArgumentException($"--set {name}: no such option; options: {string.Join(", ", typeof(T).GetProperties().Select(p => p.Name))}");
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(options, null)!;
        try
        {
            property.SetValue(copy, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"--set {name}={value}: not a {property.PropertyType.Name}", ex);
        }
        return copy;
    }
}
