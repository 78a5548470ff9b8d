package gg.arena.social;

/** {@link FriendRequestFlows} on the default in-memory database. */
@InMemoryDatabaseTest
class FriendRequestFlowsTest extends FriendRequestFlows {}
