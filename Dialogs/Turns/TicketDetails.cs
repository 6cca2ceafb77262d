namespace PolicyBot.Dialogs.Turns;

/// <summary>What a hand-off ticket shows: the question with its context, and who picked it up.</summary>
public sealed record TicketDetails
{
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string? TopicId { get; init; }

    public string? CheckId { get; init; }

    public required string Question { get; init; }

    public IReadOnlyList<TicketAnswer> Answers { get; init; } = [];

    public Language Language { get; init; } = Language.En;

    public DateTimeOffset CreatedAt { get; init; }

    public string? PickedUpBy { get; init; }

    public DateTimeOffset? PickedUpAt { get; init; }

    /// <summary>The taker's answer, sent to the employee when the ticket was closed with it (as typed).</summary>
    public string? Answer { get; init; }

    /// <summary>Whether the taker suggested the question to comms staff as a candidate trigger phrase.</summary>
    public bool Suggested { get; init; }

    public static TicketDetails From(HandoffRequest request, string id, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new TicketDetails
        {
            Id = id,
            OwnerId = request.OwnerId,
            TopicId = request.TopicId,
            CheckId = request.CheckId,
            Question = request.Question ?? "",
            Answers = request.Answers,
            Language = request.Language,
            CreatedAt = createdAt,
        };
    }
}
