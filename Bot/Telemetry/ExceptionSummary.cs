using System.Text;

namespace PolicyBot.Bot.Telemetry;

/// <summary>
/// Exception details for logs without exception messages: messages can quote user input
/// (e.g. <see cref="FormatException"/> includes the offending string), types and stack frames cannot.
/// </summary>
internal static class ExceptionSummary
{
    public static string TypeName(Exception exception) => exception.GetType().FullName ?? exception.GetType().Name;

    public static string StackTraces(Exception exception)
    {
        var text = new StringBuilder();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current != exception) text.Append("---> ").AppendLine(TypeName(current));
            text.AppendLine(current.StackTrace);
        }
        return text.ToString();
    }
}
