package gg.arena.players.ratings;

import gg.arena.subgraph.testing.CleanDatabase;
import gg.arena.subgraph.testing.StatementCounter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Applying one result from eight threads at once on PostgreSQL: one transaction wins, ratings move once. */
@EnabledIf("gg.arena.subgraph.testing.Postgres#available")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ARENA_DB_SCHEMA=players_test", "spring.flyway.clean-disabled=false"})
@ActiveProfiles("postgres")
@Import({CleanDatabase.class, StatementCounter.class})
class PostgresRatingLedgerTest {

    @Autowired
    RatingLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentApplicationsOfOneResultChangeRatingsOnce() throws Exception {
        MatchResultsFeedTest.assertAppliedOnceUnderConcurrency(ledger, jdbc, "m-pg-" + UUID.randomUUID(), "p-0011", "p-0012");
    }
}
