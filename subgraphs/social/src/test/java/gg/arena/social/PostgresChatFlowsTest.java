package gg.arena.social;

/** {@link ChatFlows} on PostgreSQL (schema social_test). */
@PostgresDatabaseTest
class PostgresChatFlowsTest extends ChatFlows {}
