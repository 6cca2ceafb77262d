using PolicyBot.Bot.State;

namespace PolicyBot.Tests.State;

public sealed class MemoryTicketStoreTests : TicketStoreContract
{
    protected override ITicketStore CreateStore() => new MemoryTicketStore();
}
