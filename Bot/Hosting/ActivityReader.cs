using System.Buffers;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PolicyBot.Bot.Auth;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// Turns a request into an <see cref="Activity"/> or a status: 415 for a declared non-JSON media type (or none at all
/// on an anonymous bot), 413 above <see cref="BotOptions.MaxBodyBytes"/>, 400 for anything that is not an activity we
/// can answer (README "Messaging endpoint").
/// </summary>
public sealed class ActivityReader(IOptions<BotOptions> options, IOptions<BotCredentials> credentials)
{
    public async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryGetEncoding(request.ContentType, out var encoding))
            return ActivityReadResult.Reject(StatusCodes.Status415UnsupportedMediaType, "content type");
        // A web page can post a body without a Content-Type and no CORS preflight (a Blob, a beacon), but not one
        // declared as JSON; without a token to check, that is what keeps pages out of an anonymous bot (CSRF).
        if (string.IsNullOrWhiteSpace(request.ContentType) && credentials.Value.IsAnonymous)
            return ActivityReadResult.Reject(StatusCodes.Status415UnsupportedMediaType, "no content type on an anonymous bot");

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit) return ActivityReadResult.Reject(StatusCodes.Status413PayloadTooLarge, "body size");
        // The body is read into a pooled buffer and parsed from there: nothing of it outlives the request.
        var (buffer, length) = await ReadBoundedAsync(request.Body, request.ContentLength, limit, cancellationToken);
        if (buffer is null) return ActivityReadResult.Reject(StatusCodes.Status413PayloadTooLarge, "body size");

        Activity? activity;
        try
        {
            var body = buffer.AsSpan(0, length);
            activity = encoding is null
                ? JsonSerializer.Deserialize<Activity>(WithoutUtf8Bom(body), ProtocolJson.Options)
                : JsonSerializer.Deserialize<Activity>(encoding.GetString(body).TrimStart('\uFEFF'), ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Reject(StatusCodes.Status400BadRequest, "body is not a JSON activity object");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
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

    /// <summary>The body in a rented buffer (to be returned by the caller) and its length; no buffer when it exceeds <paramref name="limit"/>.</summary>
    private static async Task<(byte[]? Buffer, int Length)> ReadBoundedAsync(Stream body, long? contentLength, int limit, CancellationToken cancellationToken)
    {
        // Content-Length is only a hint for the first buffer (a chunked body has none; a lying one is bounded anyway).
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(contentLength.GetValueOrDefault(4096) + 1, 256, limit + 1L));
        var length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return (null, 0);
                }
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static ReadOnlySpan<byte> WithoutUtf8Bom(ReadOnlySpan<byte> body) =>
        body.StartsWith(Encoding.UTF8.Preamble) ? body[Encoding.UTF8.Preamble.Length..] : body;
}
