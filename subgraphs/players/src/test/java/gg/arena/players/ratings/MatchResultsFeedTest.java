package gg.arena.players.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.players.GraphQlHttp;
import gg.arena.players.PlayersApplication;
import gg.arena.subgraph.events.EventBus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The players application with its match-results feed on, reading a stand-in matches endpoint over
 * real HTTP: it starts and serves while matches is down, catches up once matches answers, and applies
 * each result exactly once whether it comes from the bus, the poll, or both, twice.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatchResultsFeedTest {

    private static final String OUTAGE_LINE = "cannot read ended matches from";
    private static final String RECOVERY_LINE = "answers again after";

    private static FakeMatches matches;
    private static ConfigurableApplicationContext players;

    @BeforeAll
    static void start() throws Exception {
        matches = new FakeMatches(FakeMatches.freePort());
        // matches is down: players must start anyway
        players = new SpringApplicationBuilder(PlayersApplication.class).run(
                "--server.port=0",
                "--arena.players.matches-url=" + matches.url(),
                "--arena.players.match-results.enabled=true",
                "--arena.players.match-results.poll-interval=300ms",
                "--arena.players.match-results.initial-backoff=100ms",
                "--arena.players.match-results.max-backoff=400ms",
                "--spring.datasource.url=jdbc:h2:mem:players-feed-" + UUID.randomUUID()
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
    @Order(1)
    void playersServesWhileMatchesIsDownAndCatchesUpWhenItAnswers(CapturedOutput output) throws Exception {
        MatchResultsFeed feed = players.getBean(MatchResultsFeed.class);
        Awaitility.await("several failed reads, backing off").atMost(Duration.ofSeconds(30))
                .until(() -> feed.failedReads() >= 4);
        GraphQlHttp graphql = new GraphQlHttp(port());
        int before1 = rating(graphql, "p-0001");
        int before2 = rating(graphql, "p-0002");
        int before5 = rating(graphql, "p-0005");
        assertThat(count(output.getAll(), OUTAGE_LINE)).as("one line per outage").isEqualTo(1);
        assertThat(count(output.getAll(), RECOVERY_LINE)).isZero();

        // two matches ended meanwhile: p-0001 beat p-0002, then p-0005 beat p-0001
        matches.add(duel("m-feed-1", 1, "p-0001", 3, "p-0002", 1));
        matches.add(duel("m-feed-2", 2, "p-0005", 2, "p-0001", 0));
        matches.start();

        Awaitility.await("caught up to end sequence 2").atMost(Duration.ofSeconds(30))
                .until(() -> ledger().cursor() == 2);
        Map<String, Integer> first = TeamElo.rate(List.of(
                new TeamElo.Team(Map.of("p-0001", before1), 3), new TeamElo.Team(Map.of("p-0002", before2), 1)), 32);
        Map<String, Integer> second = TeamElo.rate(List.of(
                new TeamElo.Team(Map.of("p-0005", before5), 2), new TeamElo.Team(Map.of("p-0001", first.get("p-0001")), 0)), 32);
        assertThat(rating(graphql, "p-0002")).isEqualTo(first.get("p-0002")).isNotEqualTo(before2);
        assertThat(rating(graphql, "p-0001")).isEqualTo(second.get("p-0001"));
        assertThat(rating(graphql, "p-0005")).isEqualTo(second.get("p-0005")).isGreaterThan(before5);
        assertThat(count(output.getAll(), OUTAGE_LINE)).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(output.getAll(), RECOVERY_LINE) == 1);

        // a second outage is a second line, and nothing is applied twice when matches returns
        matches.stop();
        long failed = feed.failedReads();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> feed.failedReads() >= failed + 3);
        assertThat(count(output.getAll(), OUTAGE_LINE)).isEqualTo(2);
        matches.start();
        int reads = matches.reads();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> matches.reads() >= reads + 2);
        assertThat(rating(graphql, "p-0001")).isEqualTo(second.get("p-0001"));
        assertThat(rating(graphql, "p-0002")).isEqualTo(first.get("p-0002"));
    }

    @Test
    @Order(2)
    void aResultDeliveredTwiceOnTheBusAndByThePollChangesRatingsOnce() throws Exception {
        GraphQlHttp graphql = new GraphQlHttp(port());
        int before3 = rating(graphql, "p-0003");
        int before4 = rating(graphql, "p-0004");
        long appliedBefore = players.getBean(MatchResultsFeed.class).applied();
        MatchResult result = duel("m-feed-3", 3, "p-0003", 1, "p-0004", 4);
        EventBus bus = players.getBean(EventBus.class);

        matches.add(result);
        bus.publish(MatchResultsFeed.TOPIC, result);
        bus.publish(MatchResultsFeed.TOPIC, result);
        Awaitility.await("the poll read past it").atMost(Duration.ofSeconds(30)).until(() -> ledger().cursor() == 3);
        int reads = matches.reads();
        Awaitility.await("two more polls").atMost(Duration.ofSeconds(30)).until(() -> matches.reads() >= reads + 2);
        bus.publish(MatchResultsFeed.TOPIC, result);

        Map<String, Integer> expected = TeamElo.rate(List.of(
                new TeamElo.Team(Map.of("p-0003", before3), 1), new TeamElo.Team(Map.of("p-0004", before4), 4)), 32);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rating(graphql, "p-0004") != before4);
        Thread.sleep(300); // room for a wrong second application to land before the check
        assertThat(rating(graphql, "p-0003")).isEqualTo(expected.get("p-0003")).isLessThan(before3);
        assertThat(rating(graphql, "p-0004")).isEqualTo(expected.get("p-0004"));
        assertThat(players.getBean(MatchResultsFeed.class).applied()).isEqualTo(appliedBefore + 1);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM applied_match_result WHERE match_id = 'm-feed-3'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(ledger().apply(result, 32, true)).isFalse();
    }

    @Test
    @Order(3)
    void concurrentApplicationsOfOneResultChangeRatingsOnce() throws Exception {
        assertAppliedOnceUnderConcurrency(ledger(), jdbc(), "m-feed-4-" + UUID.randomUUID(), "p-0006", "p-0007");
    }

    /** Eight threads apply one result at once: one wins, ratings move once. Shared with the PostgreSQL test. */
    static void assertAppliedOnceUnderConcurrency(RatingLedger ledger, JdbcClient jdbc, String matchId, String winner,
            String loser) throws Exception {
        // even ratings, so a win moves them by half of K whatever the demo ratings were
        jdbc.sql("UPDATE player SET rating = 1500 WHERE id IN (:ids)").param("ids", List.of(winner, loser)).update();
        int winnerBefore = jdbc.sql("SELECT rating FROM player WHERE id = :id").param("id", winner).query(Integer.class).single();
        int loserBefore = jdbc.sql("SELECT rating FROM player WHERE id = :id").param("id", loser).query(Integer.class).single();
        MatchResult result = duel(matchId, 1_000_000, winner, 5, loser, 0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> ledger.apply(result, 32, false));
            }
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(tasks, 60, java.util.concurrent.TimeUnit.SECONDS)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes.stream().filter(Boolean::booleanValue).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Map<String, Integer> expected = TeamElo.rate(List.of(
                new TeamElo.Team(Map.of(winner, winnerBefore), 5), new TeamElo.Team(Map.of(loser, loserBefore), 0)), 32);
        assertThat(jdbc.sql("SELECT rating FROM player WHERE id = :id").param("id", winner).query(Integer.class).single())
                .isEqualTo(expected.get(winner)).isGreaterThan(winnerBefore);
        assertThat(jdbc.sql("SELECT rating FROM player WHERE id = :id").param("id", loser).query(Integer.class).single())
                .isEqualTo(expected.get(loser));
    }

    static MatchResult duel(String matchId, long sequence, String a, int scoreA, String b, int scoreB) {
        return new MatchResult(matchId, sequence,
                List.of(new MatchResult.Line(a, 1, scoreA), new MatchResult.Line(b, 2, scoreB)));
    }

    private static int rating(GraphQlHttp graphql, String id) {
        return graphql.post("query($id: ID!) { player(id: $id) { rating } }", Map.of("id", id)).ok()
                .data("/player/rating").asInt();
    }

    private static long count(String output, String needle) {
        return output.lines().filter(line -> line.contains(needle)).count();
    }

    private static int port() {
        return Integer.parseInt(players.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static RatingLedger ledger() {
        return players.getBean(RatingLedger.class);
    }

    private static JdbcClient jdbc() {
        return players.getBean(JdbcClient.class);
    }
}
