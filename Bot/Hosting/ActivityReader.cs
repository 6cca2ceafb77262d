using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// Turns a request into an <see cref="Activity"/> or a status: 415 for a declared non-JSON media type, 413 above
/// <see cref="BotOptions.MaxBodyBytes"/>, 400 for anything that is not an activity we can answer (README "Messaging endpoint").
/// </summary>
public sealed class ActivityReader(IOptions<BotOptions> options)
{
    public async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryGetEncoding(request.ContentType, out var encoding))
            return ActivityReadResult.Reject(StatusCodes.Status415UnsupportedMediaType, "content type");

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit) return ActivityReadResult.Reject(StatusCodes.Status413PayloadTooLarge, "body size");
        var body = await ReadBoundedAsync(request.Body, limit, cancellationToken);
        if (body is null) return ActivityReadResult.Reject(StatusCodes.Status413PayloadTooLarge, "body size");

        Activity? activity;
        try
        {
            activity = encoding is null
                ? JsonSerializer.Deserialize<Activity>(WithoutUtf8Bom(body), ProtocolJson.Options)
                : JsonSerializer.Deserialize<Activity>(encoding.GetString(body).TrimStart('\uFEFF'), ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "body is not a JSON activity object");
        }
        if (activity is null) return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "body is JSON null");

        var missing = ActivityValidation.MissingField(activity);
        return missing is null
            ? ActivityReadResult.Ok(activity)
            : ActivityReadResult.Reject(StatusCodes.Status400BadRequest, $"missing {missing}");
    }

    /// <summary>
    /// JSON (application/json, text/json, */*+json) with any charset, or no Content-Type at all. Null = UTF-8: JSON is
    /// UTF-8 on the wire (RFC 8259 §8.1), so a charset we do not know is read as UTF-8 rather than refused (PROTOCOL.md §1.3).
    /// </summary>
    private static bool TryGetEncoding(string? contentType, out Encoding? encoding)
    {
        encoding = null;
        if (string.IsNullOrWhiteSpace(contentType)) return true;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)) return false;
        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        if (!isJson) return false;
        var charset = mediaType.Charset.Value?.Trim('"');
        if (string.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)) return true;
        try
        {
            encoding = Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static ReadOnlySpan<byte> WithoutUtf8Bom(byte[] body) =>
        body.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? body.AsSpan(Encoding.UTF8.Preamble.Length) : body;
}
