using PolicyBot.Bot.State;

namespace PolicyBot.Tests.State;

public sealed class MemoryConversationStoreTests : ConversationStoreContract
{
    protected override IConversationStore CreateStore() => new MemoryConversationStore();
}
