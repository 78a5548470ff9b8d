package gg.arena.players.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.players.PlayersApplication;
import gg.arena.subgraph.events.EventBus;
import gg.arena.subgraph.events.RedisEventBus;
import gg.arena.subgraph.testing.Redis;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With the Redis bus, a result the matches service publishes (its JSON, as on topic
 * {@code matches.ended}) reaches players through Redis and is applied at once, even while the
 * matches endpoint cannot be read; when the poll later brings the same result, nothing changes again.
 */
@EnabledIf("gg.arena.subgraph.testing.Redis#available")
class RedisMatchResultsTest {

    private static FakeMatches matches;
    private static ConfigurableApplicationContext players;

    @BeforeAll
    static void start() throws Exception {
        matches = new FakeMatches(FakeMatches.freePort());
        players = new SpringApplicationBuilder(PlayersApplication.class).run(
                "--server.port=0",
                "--arena.events.bus=redis",
                "--arena.events.redis-channel-prefix=arena:test:" + UUID.randomUUID() + ":",
                "--spring.data.redis.host=" + Redis.host(),
                "--spring.data.redis.port=" + Redis.port(),
                "--arena.players.matches-url=" + matches.url(),
                "--arena.players.match-results.enabled=true",
                "--arena.players.match-results.poll-interval=300ms",
                "--arena.players.match-results.initial-backoff=100ms",
                "--arena.players.match-results.max-backoff=300ms",
                "--spring.datasource.url=jdbc:h2:mem:players-redis-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        if (players != null) {
            players.close();
        }
        matches.close();
    }

    @Test
    void aResultPublishedThroughRedisIsAppliedAtOnceAndThePollDoesNotApplyItAgain() throws Exception {
        EventBus bus = players.getBean(EventBus.class);
        assertThat(bus).isInstanceOf(RedisEventBus.class);
        JdbcClient jdbc = players.getBean(JdbcClient.class);
        jdbc.sql("UPDATE player SET rating = 1500 WHERE id IN ('p-0021', 'p-0022')").update();
        Awaitility.await("listening on Redis").atMost(Duration.ofSeconds(20))
                .until(() -> bus.subscriberCount(MatchResultsFeed.TOPIC) > 0);
        MatchResultsFeed feed = players.getBean(MatchResultsFeed.class);
        Awaitility.await("matches is down").atMost(Duration.ofSeconds(20)).until(() -> feed.failedReads() > 0);

        // exactly what the matches service publishes (MatchResultMessage), fields players does not use included
        bus.publish(MatchResultsFeed.TOPIC, Map.of("matchId", "m-redis-1", "sequence", 1, "mode", "DUEL",
                "winningTeam", 2, "lines", List.of(
                        Map.of("playerId", "p-0021", "team", 1, "score", 0),
                        Map.of("playerId", "p-0022", "team", 2, "score", 3))));

        Awaitility.await("applied from the bus").atMost(Duration.ofSeconds(20)).until(() -> rating(jdbc, "p-0022") == 1516);
        assertThat(rating(jdbc, "p-0021")).isEqualTo(1484);
        assertThat(ledger().cursor()).as("the bus does not move the poll cursor").isZero();

        matches.add(MatchResultsFeedTest.duel("m-redis-1", 1, "p-0021", 0, "p-0022", 3));
        matches.start();
        Awaitility.await("the poll read it too").atMost(Duration.ofSeconds(20)).until(() -> ledger().cursor() == 1);
        assertThat(rating(jdbc, "p-0022")).isEqualTo(1516);
        assertThat(rating(jdbc, "p-0021")).isEqualTo(1484);
        assertThat(feed.applied()).isEqualTo(1);
    }

    private static int rating(JdbcClient jdbc, String id) {
        return jdbc.sql("SELECT rating FROM player WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    private static RatingLedger ledger() {
        return players.getBean(RatingLedger.class);
    }
}
