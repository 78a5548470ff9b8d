package gg.arena.social;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.social.events.SocialTopics;
import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.events.EventBus;
import gg.arena.subgraph.events.RedisEventBus;
import gg.arena.subgraph.testing.GraphQlWsClient;
import gg.arena.subgraph.testing.Redis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Two social instances on two random ports with the Redis bus, as they run behind the router:
 * a message sent through instance A reaches a subscriber whose subscription runs on instance B.
 * Each instance has its own in-memory database, so only Redis can carry the message across.
 */
@EnabledIf("gg.arena.subgraph.testing.Redis#available")
class RedisFanOutTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHANNEL_PREFIX = "arena:test:" + UUID.randomUUID() + ":";

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        a = instance("a");
        b = instance("b");
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aMessageSentThroughInstanceAReachesASubscriberOnInstanceB() {
        assertThat(a.getBean(EventBus.class)).isInstanceOf(RedisEventBus.class);
        String channel = "fan-out-" + UUID.randomUUID().toString().substring(0, 8);
        String token = b.getBean(BearerTokens.class)
                .issue(new PlayerPrincipal("t-redis-" + channel, "redis_" + channel.substring(8), "EU", 1500)).token();

        try (GraphQlWsClient onB = GraphQlWsClient.open(port(b))) {
            assertThat(onB.init(Map.of("Authorization", "Bearer " + token))).containsEntry("type", "connection_ack");
            onB.subscribe("1", "subscription($c: String!) { chatMessages(channel: $c) { id text author { id } } }",
                    Map.of("c", channel));
            awaitConfirmedSubscription(b.getBean(EventBus.class), SocialTopics.chat(channel));

            String body = post(port(a), Map.of("query",
                    "mutation($c: String!) { sendChatMessage(channel: $c, text: \"via A\") { id } }",
                    "variables", Map.of("c", channel)), token);
            String id = JSON.readTree(body).at("/data/sendChatMessage/id").asString();
            assertThat(id).as(body).startsWith("msg-");

            Map<String, Object> next = onB.next();
            assertThat(next).containsEntry("type", "next").containsEntry("id", "1");
            assertThat(next.get("payload")).isEqualTo(Map.of("data", Map.of("chatMessages",
                    Map.of("id", id, "text", "via A", "author", Map.of("id", "t-redis-" + channel)))));
        }
    }

    private static ConfigurableApplicationContext instance(String name) {
        // command-line arguments, so they win over application.yml (port 4004, the shared H2 name)
        return new SpringApplicationBuilder(SocialApplication.class).run(
                "--server.port=0",
                "--arena.events.bus=redis",
                "--arena.events.redis-channel-prefix=" + CHANNEL_PREFIX,
                "--arena.demo.seed=false",
                "--spring.data.redis.host=" + Redis.host(),
                "--spring.data.redis.port=" + Redis.port(),
                "--spring.datasource.url=jdbc:h2:mem:social-fan-out-" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static void awaitConfirmedSubscription(EventBus bus, String topic) {
        Awaitility.await("instance B confirmed its Redis subscription to " + topic).atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> bus.subscriberCount(topic) > 0);
    }

    private static String post(int port, Map<String, Object> body, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
