package gg.arena.router.subscription;

import gg.arena.router.config.SubscriptionConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static gg.arena.router.subscription.SubscriptionRouter.chatEvent;
import static gg.arena.router.subscription.SubscriptionRouter.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions over HTTP on real sockets: GraphQL over SSE (graphql-sse, distinct connections mode) and Apollo's
 * multipart subscriptions, each with enrichment, upstream error and completion, heartbeats and cancellation when the
 * client goes away; and the answers for a subscription or query sent to the wrong transport.
 */
class SubscriptionOverHttpTest {
    static final String CHAT = GraphQLWsTest.CHAT;
    static final String MULTIPART = "multipart/mixed;boundary=\"graphql\";subscriptionSpec=1.0,application/json";
    static SubscriptionRouter router;

    @BeforeAll
    static void start() throws Exception {
        router = SubscriptionRouter.start(new SubscriptionConfig(null, null, null, null, null,
                Duration.ofMillis(200)));
    }

    @AfterAll
    static void stop() {
        router.close();
    }

    static HttpRequest post(String accept, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(router.http()))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    static String chatBody() {
        return "{\"query\":" + SubscriptionRouter.json().writeValueAsString(CHAT)
                + ",\"variables\":{\"channel\":\"region:eu\"}}";
    }

    /** The SSE events in {@code text} (comments dropped), as {@code event|data}. */
    static List<String> events(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            String event = null;
            String data = null;
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data:")) {
                    data = line.substring(5).strip();
                }
            }
            if (event != null) {
                out.add(event + "|" + data);
            }
        }
        return out;
    }

    /** The JSON parts of a multipart body other than heartbeats. */
    static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("\r\n--graphql")) {
            int body = part.indexOf("\r\n\r\n");
            if (body >= 0 && part.startsWith("\r\ncontent-type: application/json")) {
                String json = part.substring(body + 4);
                if (!json.equals("{}")) {
                    out.add(json);
                }
            }
        }
        return out;
    }

    static long heartbeats(String text) {
        return text.split("\r\n\r\n\\{\\}\r\n--graphql", -1).length - 1;
    }

    @Test
    void sseStreamsEnrichedEventsThenComplete() throws Exception {
        String token = Tokens.valid("p-0002");
        try (HttpStream s = HttpStream.open(post("text/event-stream", chatBody(), "Authorization", "Bearer " + token))) {
            assertThat(s.response.statusCode()).isEqualTo(200);
            assertThat(s.response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
            assertThat(up.headers.values()).containsEntry("Authorization", "Bearer " + token);
            up.next(chatEvent("m1", "gg", "p-0002", "silent_hawk_2", item("SKU-0001")));
            s.await("a next event", t -> !events(t).isEmpty());
            assertThat(events(s.text()).getFirst()).isEqualTo("next|{\"data\":{\"chatMessages\":{\"id\":\"m1\","
                    + "\"text\":\"gg\",\"author\":{\"handle\":\"silent_hawk_2\",\"rating\":1500},\"attachment\":"
                    + "{\"__typename\":\"Item\",\"sku\":\"SKU-0001\",\"name\":\"Shadow Phantom\",\"price\":200}}}}");
            up.complete();
            s.awaitEnd();
            assertThat(events(s.text())).hasSize(2).last().isEqualTo("complete|");
            assertThat(s.text()).endsWith("event: complete\ndata:\n\n");
        }
    }

    @Test
    void sseSendsKeepAliveCommentsWhileQuiet() throws Exception {
        try (HttpStream s = HttpStream.open(post("text/event-stream", chatBody()))) {
            FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
            s.await("two keep-alive comments", t -> t.split(":\n\n", -1).length > 2);
            assertThat(events(s.text())).isEmpty();
            up.complete();
            s.awaitEnd();
        }
    }

    @Test
    void sseServesQueriesOverGetAsOneNextThenComplete() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create(router.http() + "?query=" + URLEncoder.encode(
                "{ player(id: \"p-0001\") { handle } }", StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").GET().build();
        try (HttpStream s = HttpStream.open(get)) {
            s.awaitEnd();
            assertThat(events(s.text())).containsExactly(
                    "next|{\"data\":{\"player\":{\"handle\":\"brave_fox_1\"}}}", "complete|");
        }
    }

    @Test
    void sseReportsRequestErrorsAsNextEventsAndMutationsOverGetAre405() throws Exception {
        try (HttpStream s = HttpStream.open(post("text/event-stream", "{\"query\":\"subscription { nope }\"}"))) {
            assertThat(s.response.statusCode()).isEqualTo(200);
            s.awaitEnd();
            List<String> events = events(s.text());
            assertThat(events).hasSize(2);
            assertThat(events.get(0)).startsWith("next|{\"errors\":[").contains("GRAPHQL_VALIDATION_FAILED");
            assertThat(events.get(1)).isEqualTo("complete|");
        }
        HttpResponse<String> mutation = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        router.http() + "?query=" + URLEncoder.encode("mutation { __typename }", StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(mutation.statusCode()).isEqualTo(405);
        assertThat(router.upstream.pending()).isZero();
    }

    @Test
    void sseEndsWithTheErrorsOfAFailedUpstreamSubscription() throws Exception {
        try (HttpStream s = HttpStream.open(post("text/event-stream", chatBody()))) {
            router.upstream.awaitSubscribe().error("upstream socket closed");
            s.awaitEnd();
            List<String> events = events(s.text());
            assertThat(events).hasSize(2);
            assertThat(events.get(0)).startsWith("next|{\"errors\":[").contains("SUBSCRIPTION_UPSTREAM_FAILED");
            assertThat(events.get(1)).isEqualTo("complete|");
        }
    }

    @Test
    void sseRefusesABadTokenWithAnUnauthenticatedEvent() throws Exception {
        try (HttpStream s = HttpStream.open(post("text/event-stream", chatBody(),
                "Authorization", "Bearer " + Tokens.expired("p-0001")))) {
            s.awaitEnd();
            List<String> events = events(s.text());
            assertThat(events.get(0)).contains("UNAUTHENTICATED").contains("expired");
            assertThat(events.get(1)).isEqualTo("complete|");
        }
        assertThat(router.upstream.pending()).isZero();
    }

    @Test
    void closingAnSseStreamCancelsTheUpstreamSubscription() throws Exception {
        HttpStream s = HttpStream.open(post("text/event-stream", chatBody()));
        FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
        s.await("a keep-alive comment", t -> t.contains(":\n\n"));
        s.close();
        assertThat(up.awaitCancelled()).isTrue();
    }

    @Test
    void multipartStreamsPayloadPartsWithHeartbeatsAndEndsWithTheFinalBoundary() throws Exception {
        try (HttpStream s = HttpStream.open(post(MULTIPART, chatBody()))) {
            assertThat(s.response.statusCode()).isEqualTo(200);
            assertThat(s.response.headers().firstValue("Content-Type"))
                    .hasValue("multipart/mixed;boundary=\"graphql\";subscriptionSpec=\"1.0\"");
            FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
            s.await("a first heartbeat", t -> t.startsWith("\r\n--graphql\r\ncontent-type: application/json\r\n\r\n{}"
                    + "\r\n--graphql"));
            s.await("two more heartbeats", t -> heartbeats(t) >= 3);
            up.next(chatEvent("m1", "gg", "p-0001", "brave_fox_1", null));
            s.await("a payload part", t -> !parts(t).isEmpty());
            assertThat(parts(s.text())).containsExactly("{\"payload\":{\"data\":{\"chatMessages\":{\"id\":\"m1\","
                    + "\"text\":\"gg\",\"author\":{\"handle\":\"brave_fox_1\",\"rating\":1361},\"attachment\":null}}}}");
            up.complete();
            s.awaitEnd();
            assertThat(s.text()).endsWith("\r\n--graphql--\r\n");
        }
    }

    @Test
    void multipartReportsAFailedUpstreamSubscriptionAsTopLevelErrorsWithANullPayload() throws Exception {
        try (HttpStream s = HttpStream.open(post(MULTIPART, chatBody()))) {
            router.upstream.awaitSubscribe().error("upstream socket closed");
            s.awaitEnd();
            List<String> parts = parts(s.text());
            assertThat(parts).hasSize(1);
            JsonNode part = SubscriptionRouter.json().readTree(parts.getFirst());
            assertThat(part.get("payload").isNull()).isTrue();
            assertThat(part.at("/errors/0/extensions/code").asString()).isEqualTo("SUBSCRIPTION_UPSTREAM_FAILED");
            assertThat(s.text()).endsWith("\r\n--graphql--\r\n");
        }
    }

    @Test
    void closingAMultipartStreamCancelsTheUpstreamSubscription() throws Exception {
        HttpStream s = HttpStream.open(post(MULTIPART, chatBody()));
        FakeSubgraphSubscriptions.Upstream up = router.upstream.awaitSubscribe();
        s.await("a heartbeat", t -> heartbeats(t) >= 1);
        s.close();
        assertThat(up.awaitCancelled()).isTrue();
    }

    @Test
    void queriesAreNotStreamedOverTheSubscriptionOnlyMultipartTransport() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String query = "{\"query\":\"{ player(id: \\\"p-0001\\\") { handle } }\"}";
        HttpResponse<String> only = http.send(post("multipart/mixed;subscriptionSpec=1.0", query),
                HttpResponse.BodyHandlers.ofString());
        assertThat(only.statusCode()).isEqualTo(406);
        assertThat(only.body()).contains("subscriptions only");
        HttpResponse<String> withJson = http.send(post(MULTIPART, query), HttpResponse.BodyHandlers.ofString());
        assertThat(withJson.statusCode()).isEqualTo(200);
        assertThat(withJson.body()).isEqualTo("{\"data\":{\"player\":{\"handle\":\"brave_fox_1\"}}}");
    }

    @Test
    void aSubscriptionOverPlainPostIsARequestErrorNamingTheStreamingTransports() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> strict = http.send(post("application/graphql-response+json", chatBody()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(strict.statusCode()).isEqualTo(400);
        assertThat(strict.body()).contains("text/event-stream").contains("multipart/mixed;subscriptionSpec=1.0")
                .contains("graphql-transport-ws");
        HttpResponse<String> legacy = http.send(post("application/json", chatBody()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(legacy.body()).contains("Subscriptions need a streaming transport");
        assertThat(router.upstream.pending()).isZero();
    }
}
