package gg.arena.router.subscription;

import gg.arena.router.config.SubscriptionConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static gg.arena.router.subscription.SubscriptionRouter.chatEvent;
import static gg.arena.router.subscription.SubscriptionRouter.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * graphql-transport-ws at {@code /graphql} over real sockets: the protocol's happy path with per-event enrichment from
 * an HTTP subgraph, every close code, ping/pong both ways, upstream error and completion, cancellation when the client
 * completes or leaves, and the per-connection limits.
 */
class GraphQLWsTest {
    static final String CHAT = "subscription Chat($channel: String!) { chatMessages(channel: $channel) { id text"
            + " author { handle rating } attachment { __typename ... on Item { sku name price } } } }";
    static SubscriptionRouter router;
    static SubscriptionRouter timers;

    @BeforeAll
    static void start() throws Exception {
        router = SubscriptionRouter.start(new SubscriptionConfig(3, 4096, null, null, null, null));
        // Short enough for a test, long enough that a loaded machine does not trip them by accident.
        timers = SubscriptionRouter.start(new SubscriptionConfig(null, null, Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofMillis(400), null));
    }

    @AfterAll
    static void stop() {
        router.close();
        timers.close();
    }

    @BeforeEach
    void reset() {
        router.subgraphs.values().forEach(s -> s.reset());
    }

    @Test
    void eachEventIsEnrichedFromOtherSubgraphsWithTheClientsToken() throws Exception {
        String token = Tokens.valid("p-0001");
        try (WsClient ws = WsClient.connect(router.ws())) {
            assertThat(ws.subprotocol()).isEqualTo("graphql-transport-ws");
            ws.init("Bearer " + token).subscribe("1", CHAT, "{\"channel\":\"region:eu\"}");
            FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
            assertThat(up.name).isEqualTo("social");
            assertThat(up.query).isEqualTo("subscription Chat__social($channel:String!){chatMessages(channel:$channel)"
                    + "{id text author{handle __typename id} attachment{__typename ... on Item{__typename sku}"
                    + " ... on Match{__typename}}}}");
            assertThat(up.variables).isEqualTo(Map.of("channel", "region:eu"));
            assertThat(up.headers.values()).containsEntry("Authorization", "Bearer " + token);

            up.next(chatEvent("m1", "gg", "p-0001", "brave_fox_1", item("SKU-0001")));
            JsonNode next = ws.next();
            assertThat(next.path("type").asString()).isEqualTo("next");
            assertThat(next.path("id").asString()).isEqualTo("1");
            assertThat(next.path("payload").toString()).isEqualTo("{\"data\":{\"chatMessages\":{\"id\":\"m1\","
                    + "\"text\":\"gg\",\"author\":{\"handle\":\"brave_fox_1\",\"rating\":1361},\"attachment\":"
                    + "{\"__typename\":\"Item\",\"sku\":\"SKU-0001\",\"name\":\"Shadow Phantom\",\"price\":200}}}}");
            assertThat(router.subgraph("players").authorizations()).containsExactly("Bearer " + token);

            up.next(chatEvent("m2", "again", "p-0002", "silent_hawk_2", null));
            assertThat(ws.next().at("/payload/data/chatMessages/author/rating").asInt()).isEqualTo(1500);

            up.complete();
            JsonNode complete = ws.next();
            assertThat(complete.path("type").asString()).isEqualTo("complete");
            assertThat(complete.path("id").asString()).isEqualTo("1");
        }
    }

    @Test
    void anEnrichmentFailureGivesThatEventPartialDataAndAnErrorWithItsPath() throws Exception {
        try (WsClient ws = WsClient.connect(router.ws())) {
            ws.init(null).subscribe("e", CHAT, "{\"channel\":\"region:eu\"}");
            FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
            up.next(chatEvent("m3", "look", "p-0001", "brave_fox_1", item("SKU-0002")));
            JsonNode payload = ws.next().path("payload");
            assertThat(payload.at("/data/chatMessages/author/rating").asInt()).isEqualTo(1361);
            assertThat(payload.at("/data/chatMessages/attachment").isNull()).isTrue();
            assertThat(payload.at("/errors/0/message").asString()).contains("the catalogue is being rebuilt");
            assertThat(payload.at("/errors/0/path").toString()).isEqualTo("[\"chatMessages\",\"attachment\",\"name\"]");
            // The subscription goes on: the next event is whole again.
            up.next(chatEvent("m4", "ok", "p-0001", "brave_fox_1", item("SKU-0001")));
            JsonNode again = ws.next().path("payload");
            assertThat(again.has("errors")).isFalse();
            assertThat(again.at("/data/chatMessages/attachment/name").asString()).isEqualTo("Shadow Phantom");
        }
    }

    @Test
    void anUpstreamErrorEndsTheSubscriptionWithAnErrorMessageAndNoComplete() throws Exception {
        try (WsClient ws = WsClient.connect(router.ws())) {
            ws.init(null).subscribe("u", CHAT, "{\"channel\":\"region:eu\"}");
            router.upstream.awaitSubscribe().error("the subgraph closed the socket (1011)");
            JsonNode error = ws.next();
            assertThat(error.path("type").asString()).isEqualTo("error");
            assertThat(error.path("id").asString()).isEqualTo("u");
            assertThat(error.at("/payload/0/extensions/code").asString()).isEqualTo("SUBSCRIPTION_UPSTREAM_FAILED");
            assertThat(error.at("/payload/0/message").asString()).contains("social").contains("closed the socket");
            assertNothingQueuedBeforePong(ws);
            // The id is free again.
            ws.subscribe("u", CHAT, "{\"channel\":\"region:eu\"}");
            router.upstream.awaitSubscribe().complete();
            assertThat(ws.next().path("type").asString()).isEqualTo("complete");
        }
    }

    @Test
    void completingFromTheClientCancelsTheUpstreamSubscription() throws Exception {
        try (WsClient ws = WsClient.connect(router.ws())) {
            ws.init(null).subscribe("c", CHAT, "{\"channel\":\"region:eu\"}");
            FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
            assertThat(up.isCancelled()).isFalse();
            ws.send("{\"id\":\"c\",\"type\":\"complete\"}");
            assertThat(up.awaitCancelled()).isTrue();
            assertNothingQueuedBeforePong(ws);
        }
    }

    @Test
    void aClientThatLeavesCancelsEveryUpstreamSubscription() throws Exception {
        FakeSubgraphSubscriptions.Upstream a;
        FakeSubgraphSubscriptions.Upstream b;
        WsClient ws = WsClient.connect(router.ws());
        ws.init(null).subscribe("a", CHAT, "{\"channel\":\"region:eu\"}");
        a = router.upstream.awaitSubscribe();
        ws.subscribe("b", CHAT, "{\"channel\":\"region:na\"}");
        b = router.upstream.awaitSubscribe();
        ws.abort();
        assertThat(a.awaitCancelled()).isTrue();
        assertThat(b.awaitCancelled()).isTrue();
    }

    @Test
    void queriesRunAsSingleResultOperationsAndRequestErrorsAreErrorMessages() throws Exception {
        try (WsClient ws = WsClient.connect(router.ws())) {
            ws.init(null).subscribe("q", "{ player(id: \"p-0001\") { handle rating } }", null);
            JsonNode next = ws.next();
            assertThat(next.path("type").asString()).isEqualTo("next");
            assertThat(next.path("payload").toString())
                    .isEqualTo("{\"data\":{\"player\":{\"handle\":\"brave_fox_1\",\"rating\":1361}}}");
            assertThat(ws.next().path("type").asString()).isEqualTo("complete");

            ws.subscribe("v", "subscription { chatMessages(channel: \"x\") { nope } }", null);
            JsonNode error = ws.next();
            assertThat(error.path("type").asString()).isEqualTo("error");
            assertThat(error.path("id").asString()).isEqualTo("v");
            assertThat(error.at("/payload/0/extensions/code").asString()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
            assertNothingQueuedBeforePong(ws);
            assertThat(router.upstream.pending()).isZero();
        }
    }

    @Test
    void pingIsAnsweredWithPongCarryingItsPayloadAndPongNeedsNoAnswer() throws Exception {
        try (WsClient ws = WsClient.connect(router.ws())) {
            ws.send("{\"type\":\"ping\",\"payload\":{\"at\":42}}");
            JsonNode pong = ws.next();
            assertThat(pong.toString()).isEqualTo("{\"type\":\"pong\",\"payload\":{\"at\":42}}");
            ws.send("{\"type\":\"pong\"}");
            ws.init(null);
        }
    }

    @Test
    void theServerPingsAcknowledgedClients() throws Exception {
        try (WsClient ws = WsClient.connect(timers.ws())) {
            ws.init(null);
            assertThat(ws.next().toString()).isEqualTo("{\"type\":\"ping\"}");
            ws.send("{\"type\":\"pong\"}");
        }
    }

    @Test
    void closeCodes() throws Exception {
        assertClose(WsClient.connectWith(router.ws()), 4406, "Subprotocol not acceptable");
        assertClose(WsClient.connect(router.ws()).send("{not json"), 4400, "Message is not valid JSON");
        assertClose(WsClient.connect(router.ws()).send("{\"id\":\"1\",\"type\":\"next\",\"payload\":{}}"), 4400,
                "Unexpected message of type next received");
        assertClose(WsClient.connect(router.ws()).send("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{a}\"}}"),
                4400, "\"subscribe\" message requires a non-empty 'id' property");
        assertClose(WsClient.connect(router.ws()).send("{\"type\":\"connection_init\",\"payload\":[]}"), 4400,
                "\"connection_init\" message expects the 'payload' property to be an object or nullish or missing");
        WsClient binary = WsClient.connect(router.ws());
        binary.sendBinary(new byte[]{1, 2, 3});
        assertThat(binary.awaitClose().code()).isEqualTo(4400);
        assertClose(WsClient.connect(router.ws()).subscribe("1", "{ __typename }", null), 4401, "Unauthorized");
        assertClose(WsClient.connect(router.ws()).send("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":"
                + "\"Bearer " + Tokens.expired("p-0001") + "\"}}"), 4403,
                "Forbidden: The bearer token has expired; log in again.");
        assertClose(WsClient.connect(router.ws()).send("{\"type\":\"connection_init\",\"payload\":{\"authorization\":"
                + "\"Bearer nonsense\"}}"), 4403, "Forbidden: The bearer token is malformed.");
        WsClient twice = WsClient.connect(router.ws()).init(null);
        assertClose(twice.send("{\"type\":\"connection_init\"}"), 4429, "Too many initialisation requests");
        WsClient duplicate = WsClient.connect(router.ws()).init(null).subscribe("d", CHAT, "{\"channel\":\"x\"}");
        FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
        assertClose(duplicate.subscribe("d", CHAT, "{\"channel\":\"x\"}"), 4409, "Subscriber for d already exists");
        assertThat(up.awaitCancelled()).isTrue();
        WsClient internal = WsClient.connect(router.ws()).init(null).subscribe("i", CHAT, "{\"channel\":\"x\"}");
        router.upstream.awaitSubscribe().fail(new IllegalStateException("a bug"));
        assertClose(internal, 4500, "Internal server error");
    }

    @Test
    void theInitTimeoutClosesWith4408() {
        assertClose(WsClient.connect(timers.ws()), 4408, "Connection initialisation timeout");
    }

    @Test
    void aClientThatAnswersNoPingIsClosedAfterTheIdleTimeout() throws Exception {
        WsClient ws = WsClient.connect(timers.ws()).init(null);
        WsClient.Close close = ws.awaitClose();
        assertThat(close.code()).isEqualTo(1001);
        assertThat(close.reason()).startsWith("Idle timeout");
        assertThat(ws.next().toString()).isEqualTo("{\"type\":\"ping\"}");
    }

    @Test
    void aClientThatAnswersPingsOutlivesTheIdleTimeout() throws Exception {
        try (WsClient ws = WsClient.connect(timers.ws()).init(null)) {
            // Twelve pings at 400 ms span well over the 4 s idle timeout.
            for (int i = 0; i < 12; i++) {
                assertThat(ws.next().path("type").asString()).isEqualTo("ping");
                ws.send("{\"type\":\"pong\"}");
            }
            assertThat(ws.isClosed()).isFalse();
            ws.subscribe("q", "{ __typename }", null);
            assertThat(ws.nextIgnoringPings().path("type").asString()).isEqualTo("next");
        }
    }

    @Test
    void operationsBeyondTheLimitGetAnErrorAndTheConnectionStaysUsable() throws Exception {
        try (WsClient ws = WsClient.connect(router.ws()).init(null)) {
            for (String id : new String[]{"1", "2", "3"}) {
                // Distinct channels: identical subscriptions would share one upstream subscription.
                ws.subscribe(id, CHAT, "{\"channel\":\"x" + id + "\"}");
                router.upstream.awaitSubscribe();
            }
            ws.subscribe("4", CHAT, "{\"channel\":\"x4\"}");
            JsonNode error = ws.next();
            assertThat(error.path("type").asString()).isEqualTo("error");
            assertThat(error.path("id").asString()).isEqualTo("4");
            assertThat(error.at("/payload/0/extensions/code").asString()).isEqualTo("SUBSCRIPTION_LIMIT");
            assertThat(router.upstream.pending()).isZero();
            ws.send("{\"id\":\"2\",\"type\":\"complete\"}");
            ws.send("{\"type\":\"ping\"}");
            assertThat(ws.next().path("type").asString()).isEqualTo("pong");
            ws.subscribe("4", CHAT, "{\"channel\":\"x4\"}");
            router.upstream.awaitSubscribe().complete();
            assertThat(ws.next().toString()).isEqualTo("{\"id\":\"4\",\"type\":\"complete\"}");
        }
    }

    @Test
    void aMessageOverTheSizeLimitClosesWith1009() throws Exception {
        WsClient ws = WsClient.connect(router.ws()).init(null);
        ws.subscribe("big", "{ __typename " + "a".repeat(5000) + " }", null);
        assertThat(ws.awaitClose().code()).isEqualTo(1009);
    }

    @Test
    void aFragmentedMessageOverTheSizeLimitClosesWith1009() throws Exception {
        WsClient ws = WsClient.connect(router.ws()).init(null);
        String query = "{\"id\":\"f\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename "
                + "a".repeat(5000) + " }\"}}";
        // Each frame is under the 4096-byte limit; the message is not.
        ws.sendFragmented(query.substring(0, 2600), query.substring(2600));
        assertThat(ws.awaitClose().code()).isEqualTo(1009);
    }

    @Test
    void plainGetOnTheSamePathIsStillGraphQLOverHttpAndGraphiQL() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(router.http() + "?query="
                + URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(router.http()))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("graphiql");
    }

    /** A ping answered at once proves nothing (no {@code complete}, no {@code next}) was sent before it. */
    private static void assertNothingQueuedBeforePong(WsClient ws) throws InterruptedException {
        ws.send("{\"type\":\"ping\"}");
        assertThat(ws.next().toString()).isEqualTo("{\"type\":\"pong\"}");
    }

    private static void assertClose(WsClient ws, int code, String reason) {
        WsClient.Close close = ws.awaitClose();
        assertThat(close.code()).as("close code (reason: %s)", close.reason()).isEqualTo(code);
        assertThat(close.reason()).isEqualTo(reason);
        ws.close();
    }

    @Test
    void aClientThatStopsReadingIsCutOffAndItsUpstreamCancelled() throws Exception {
        WsClient ws = WsClient.connect(router.ws()).init(null);
        ws.subscribe("slow", "subscription { presenceChanged(playerIds: [\"p-0001\"]) { status lastSeenAt } }", null);
        FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
        ws.stopReading();
        String padding = "x".repeat(4096);
        // Far more than the socket buffers and the connection's queue hold together (4096 messages).
        for (int i = 0; i < 12_000 && !up.isCancelled(); i++) {
            up.next(Map.of("data", Map.of("presenceChanged", Map.of("status", "ONLINE", "lastSeenAt", padding))));
        }
        assertThat(up.awaitCancelled()).isTrue();
        ws.abort();
    }
}
