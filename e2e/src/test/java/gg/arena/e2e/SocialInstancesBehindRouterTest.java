package gg.arena.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the social subgraph behind one router, their events on real Redis: a client subscribed through
 * the router gets messages posted on either instance. Its subscription runs on one of them, so one of the two
 * messages necessarily crossed from the other instance through Redis. Skipped when Redis does not answer on
 * 127.0.0.1:6379 ({@code .ci/run} starts it).
 */
class SocialInstancesBehindRouterTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess socialA;
    private static ServiceProcess socialB;
    private static ServiceProcess router;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(redisAnswers(), "Redis does not answer on 127.0.0.1:6379");
        Path playersJar = ServiceProcess.jar("subgraphs/players/target/players.jar");
        Path socialJar = ServiceProcess.jar("subgraphs/social/target/social.jar");
        Path routerJar = ServiceProcess.jar("router/target/router.jar");
        List<String> jvm = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m");
        // A channel prefix of this run's own, so nothing else publishing on this Redis reaches these instances.
        String prefix = "arena-e2e-" + UUID.randomUUID() + ":";
        ServiceProcess players = started(ServiceProcess.subgraph("players", playersJar, jvm, List.of()));
        List<String> redis = List.of("--arena.events.bus=redis", "--arena.events.redis-channel-prefix=" + prefix,
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=6379");
        socialA = started(ServiceProcess.subgraph("social-a", socialJar, jvm, redis));
        socialB = started(ServiceProcess.subgraph("social-b", socialJar, jvm, redis));
        for (ServiceProcess s : List.of(players, socialA, socialB)) {
            s.awaitReady("/graphql", "{\"query\":\"{ __typename }\"}");
        }
        int routerPort = ServiceProcess.freePort();
        String nowhere = "http://127.0.0.1:" + ServiceProcess.freePort() + "/graphql";
        router = started(ServiceProcess.start("router", routerPort, routerJar, jvm, List.of(
                "--supergraph", ServiceProcess.ROOT.resolve("schema/supergraph.graphql").toString(),
                "--port", Integer.toString(routerPort),
                "--subgraph-url", "players=" + players.url("/graphql"),
                "--subgraph-url", "social=" + socialA.url("/graphql") + "," + socialB.url("/graphql"),
                "--subgraph-url", "store=" + nowhere,
                "--subgraph-url", "matches=" + nowhere)));
        router.awaitReady("/graphql", "{\"query\":\"{ __typename }\"}");
    }

    private static ServiceProcess started(ServiceProcess p) {
        services.add(p);
        return p;
    }

    @AfterAll
    static void stop() {
        ServiceProcess.stopAll(services);
    }

    @Test
    void aSubscriberThroughTheRouterGetsMessagesPostedOnEitherInstance() throws Exception {
        String token = login();
        String channel = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://127.0.0.1:" + router.port + "/graphql"), new Collector(messages))
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        try {
            ws.sendText(JSON.writeValueAsString(Map.of("type", "connection_init",
                    "payload", Map.of("Authorization", "Bearer " + token))), true).join();
            assertThat(next(messages).path("type").asString()).isEqualTo("connection_ack");
            ws.sendText(JSON.writeValueAsString(Map.of("id", "chat", "type", "subscribe", "payload", Map.of(
                    "query", "subscription($c: String!) { chatMessages(channel: $c) { text author { handle } } }",
                    "variables", Map.of("c", channel)))), true).join();

            // The subscription gives no ready signal: post until a first message arrives, on both instances.
            Instant deadline = Instant.now().plus(PATIENCE);
            JsonNode first = null;
            for (int i = 0; first == null && Instant.now().isBefore(deadline); i++) {
                post(i % 2 == 0 ? socialA : socialB, token, channel, "warm-up " + i);
                first = messages.poll(1, TimeUnit.SECONDS);
            }
            assertThat(first).as("no event within " + PATIENCE + "; router log:\n" + router.tail()).isNotNull();

            post(socialA, token, channel, "posted on A");
            post(socialB, token, channel, "posted on B");
            List<String> texts = new ArrayList<>();
            String handle = null;
            while (!(texts.contains("posted on A") && texts.contains("posted on B"))) {
                JsonNode m = next(messages);
                assertThat(m.path("type").asString()).as(m.toString()).isEqualTo("next");
                texts.add(m.at("/payload/data/chatMessages/text").asString());
                handle = m.at("/payload/data/chatMessages/author/handle").asString();
            }
            // The author's handle is players' field: the event went through the router's enrichment.
            assertThat(handle).isNotBlank();
        } finally {
            ws.abort();
        }
    }

    private static JsonNode next(BlockingQueue<JsonNode> messages) throws InterruptedException {
        JsonNode m = messages.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(m).as("no message within " + PATIENCE + "; router log:\n" + router.tail()).isNotNull();
        return m;
    }

    private static String login() throws Exception {
        JsonNode handle = graphql(router.url("/graphql"), null,
                "{ player(id: \"p-0001\") { handle } }", Map.of()).at("/data/player/handle");
        JsonNode token = graphql(router.url("/graphql"), null,
                "mutation($h: String!) { login(handle: $h, password: \"arena-demo-password\") { token } }",
                Map.of("h", handle.asString())).at("/data/login/token");
        assertThat(token.asString()).isNotBlank();
        return token.asString();
    }

    private static void post(ServiceProcess social, String token, String channel, String text) throws Exception {
        JsonNode r = graphql(social.url("/graphql"), token,
                "mutation($c: String!, $t: String!) { sendChatMessage(channel: $c, text: $t) { id } }",
                Map.of("c", channel, "t", text));
        assertThat(r.has("errors")).as(r.toString()).isFalse();
    }

    private static JsonNode graphql(String url, String token, String query, Map<String, Object> variables)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(PATIENCE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("query", query, "variables", variables))));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return JSON.readTree(http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body());
        }
    }

    private static boolean redisAnswers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Collects whole text messages (JSON) of the socket. */
    private record Collector(BlockingQueue<JsonNode> messages, StringBuilder partial) implements WebSocket.Listener {
        Collector(BlockingQueue<JsonNode> messages) {
            this(messages, new StringBuilder());
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
