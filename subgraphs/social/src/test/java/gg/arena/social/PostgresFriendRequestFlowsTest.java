package gg.arena.social;

/** {@link FriendRequestFlows} on PostgreSQL (schema social_test). */
@PostgresDatabaseTest
class PostgresFriendRequestFlowsTest extends FriendRequestFlows {}
