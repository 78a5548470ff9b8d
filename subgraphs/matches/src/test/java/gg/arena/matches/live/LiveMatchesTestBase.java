package gg.arena.matches.live;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.support.GraphQl;
import gg.arena.matches.support.GraphQl.Response;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.demo.DemoWorld;
import gg.arena.subgraph.events.EventBus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The subscription tests' own application: a database of its own without demo data (so end
 * sequences start at 1) and 12-second matches, long enough to play a kill over UDP and short enough
 * to wait for the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "arena.demo.seed=false",
        "arena.tick.match-duration=12s",
        "arena.matches.live.recheck-interval=1s",
        "spring.datasource.url=jdbc:h2:mem:matches-live;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
abstract class LiveMatchesTestBase {

    static final String ENQUEUE = """
            mutation($mode: GameMode!, $region: Region!) { enqueue(mode: $mode, region: $region) {
              id status match { id participants { team player { id } } } } }""";

    @LocalServerPort
    int port;

    @Autowired
    BearerTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventBus bus;

    GraphQl graphql;

    @BeforeEach
    void setUpClient() {
        graphql = new GraphQl(port);
        jdbc.sql("UPDATE matchmaking_ticket SET status = 'CANCELLED', queued_player = NULL WHERE status = 'QUEUED'")
                .update();
    }

    String token(int n) {
        return tokens.issue(new PlayerPrincipal(DemoWorld.playerId(n), DemoWorld.handle(n), DemoWorld.region(n), 1500))
                .token();
    }

    Response enqueue(int n, String region) {
        return graphql.post(ENQUEUE, Map.of("mode", "DUEL", "region", region), token(n)).ok();
    }

    /** A LIVE duel between players a and b (b's enqueue completes it); returns the match id. */
    String liveDuel(int a, int b, String region) {
        assertThat(enqueue(a, region).<String>read("$.data.enqueue.status")).isEqualTo("QUEUED");
        Response second = enqueue(b, region);
        assertThat(second.<String>read("$.data.enqueue.status")).isEqualTo("MATCHED");
        return second.read("$.data.enqueue.match.id");
    }

    /** Team of player n in a match. */
    int teamOf(String matchId, int n) {
        return jdbc.sql("SELECT team FROM match_participant WHERE match_id = :m AND player_id = :p")
                .param("m", matchId).param("p", DemoWorld.playerId(n)).query(Integer.class).single();
    }

    void awaitListening(String topic) {
        Awaitility.await("a subscription listens on " + topic).atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> bus.subscriberCount(topic) > 0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> next, String field) {
        assertThat(next).as(next.toString()).containsEntry("type", "next");
        Map<String, Object> payload = (Map<String, Object>) next.get("payload");
        assertThat(payload).as(payload.toString()).doesNotContainKey("errors");
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get(field);
    }

    /** The extensions.code of a subscription that failed at its start (a next with errors). */
    @SuppressWarnings("unchecked")
    static String errorCode(Map<String, Object> next, List<String> path) {
        assertThat(next).as(next.toString()).containsEntry("type", "next");
        Map<String, Object> payload = (Map<String, Object>) next.get("payload");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) payload.get("errors");
        assertThat(errors).as(payload.toString()).hasSize(1);
        assertThat(errors.get(0)).containsEntry("path", path);
        return (String) ((Map<String, Object>) errors.get(0).get("extensions")).get("code");
    }
}
