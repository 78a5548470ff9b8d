package gg.arena.matches.live;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.matches.MatchesApplication;
import gg.arena.matches.support.GraphQl;
import gg.arena.matches.support.GraphQl.Response;
import gg.arena.matches.tick.MatchResultRecorder;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.demo.DemoWorld;
import gg.arena.subgraph.events.EventBus;
import gg.arena.subgraph.events.RedisEventBus;
import gg.arena.subgraph.testing.GraphQlWsClient;
import gg.arena.subgraph.testing.Redis;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two matches instances on one database with the Redis bus, as they run behind the router: a
 * subscription on instance B hears a match formed, and a match played, on instance A.
 */
@EnabledIf("gg.arena.subgraph.testing.Redis#available")
class RedisLiveMatchesTest {

    private static final String PREFIX = "arena:test:" + UUID.randomUUID() + ":";
    private static final String DATABASE = "matches-redis-" + UUID.randomUUID();

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        a = instance();
        b = instance();
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aSubscriberOnInstanceBHearsTheMatchFormedAndPlayedOnInstanceA() {
        assertThat(b.getBean(EventBus.class)).isInstanceOf(RedisEventBus.class);
        GraphQl onA = new GraphQl(port(a));
        String ticket = onA.post(LiveMatchesTestBase.ENQUEUE, Map.of("mode", "DUEL", "region", "NA"), token(991)).ok()
                .read("$.data.enqueue.id");
        try (GraphQlWsClient found = GraphQlWsClient.open(port(b)); GraphQlWsClient events = GraphQlWsClient.open(port(b))) {
            found.init(Map.of("Authorization", "Bearer " + token(991)));
            found.subscribe("f", "subscription($t: ID!) { matchFound(ticketId: $t) { ticketId match { id } } }",
                    Map.of("t", ticket));
            awaitListening(MatchesTopics.found(ticket));

            Response second = onA.post(LiveMatchesTestBase.ENQUEUE, Map.of("mode", "DUEL", "region", "NA"), token(992)).ok();
            String matchId = second.read("$.data.enqueue.match.id");
            assertThat(LiveMatchesTestBase.data(found.next(), "matchFound"))
                    .isEqualTo(Map.of("ticketId", ticket, "match", Map.of("id", matchId)));
            assertThat(found.next()).containsEntry("type", "complete");

            events.init(null);
            events.subscribe("e", MatchEventsSubscriptionTest.EVENTS, Map.of("m", matchId));
            awaitListening(MatchesTopics.events(matchId));
            MatchResultRecorder recorderOnA = a.getBean(MatchResultRecorder.class);
            recorderOnA.kill(matchId, 12, "p-0991", "p-0992");
            recorderOnA.ended(matchId, Map.of("p-0991", 1, "p-0992", 0));

            assertThat(LiveMatchesTestBase.data(events.next(), "matchEvents"))
                    .containsEntry("__typename", "MatchKillEvent").containsEntry("killer", Map.of("id", "p-0991"));
            assertThat(LiveMatchesTestBase.data(events.next(), "matchEvents"))
                    .containsEntry("__typename", "MatchScoreEvent").containsEntry("score", 1);
            assertThat(LiveMatchesTestBase.data(events.next(), "matchEvents"))
                    .containsEntry("__typename", "MatchEndEvent").containsEntry("sequence", 3);
            assertThat(events.next()).containsEntry("type", "complete");
        }
    }

    private static void awaitListening(String topic) {
        Awaitility.await("instance B confirmed its Redis subscription to " + topic).atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> b.getBean(EventBus.class).subscriberCount(topic) > 0);
    }

    private static String token(int n) {
        return a.getBean(BearerTokens.class)
                .issue(new PlayerPrincipal(DemoWorld.playerId(n), DemoWorld.handle(n), DemoWorld.region(n), 1500)).token();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(MatchesApplication.class).run(
                "--server.port=0",
                "--arena.events.bus=redis",
                "--arena.events.redis-channel-prefix=" + PREFIX,
                "--arena.demo.seed=false",
                "--arena.matchmaking.sweep-enabled=false",
                "--spring.data.redis.host=" + Redis.host(),
                "--spring.data.redis.port=" + Redis.port(),
                "--spring.datasource.url=jdbc:h2:mem:" + DATABASE
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
