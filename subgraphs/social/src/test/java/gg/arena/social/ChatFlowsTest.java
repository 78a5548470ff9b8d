package gg.arena.social;

/** {@link ChatFlows} on the default in-memory database. */
@InMemoryDatabaseTest
class ChatFlowsTest extends ChatFlows {}
