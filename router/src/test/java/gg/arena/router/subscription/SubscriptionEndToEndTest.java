package gg.arena.router.subscription;

import gg.arena.router.testing.WsFixtureSubgraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client → router → subgraphs with nothing faked in the router: the client speaks graphql-transport-ws (or SSE) to
 * the router, the router subscribes to the social subgraph over graphql-transport-ws (a WebSocket fixture subgraph)
 * and enriches each event from the players subgraph over HTTP.
 */
class SubscriptionEndToEndTest {
    static WsFixtureSubgraph social;
    static SubscriptionRouter router;

    @BeforeAll
    static void start() throws Exception {
        social = WsFixtureSubgraph.start();
        router = SubscriptionRouter.startWithWebSocketUpstream(social);
    }

    @AfterAll
    static void stop() {
        router.close();
        social.close();
    }

    static Map<String, Object> message(String id, String authorId, String handle) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("text", "gl hf");
        m.put("author", Map.of("handle", handle, "__typename", "Player", "id", authorId));
        m.put("attachment", null);
        return m;
    }

    @Test
    void anEventFromTheOwningSubgraphReachesTheClientEnrichedAndCompletionFollows() throws Exception {
        WsFixtureSubgraph.Field chat = social.field("chatMessages");
        String token = Tokens.valid("p-0001");
        try (WsClient ws = WsClient.connect(router.ws())) {
            ws.init("Bearer " + token).subscribe("1", GraphQLWsTest.CHAT, "{\"channel\":\"region:eu\"}");
            social.await("the upstream subscription", () -> chat.active() == 1);
            Map<String, Object> payload = social.subscribePayloads().getLast();
            assertThat((String) payload.get("query")).startsWith("subscription Chat__social(");
            assertThat(payload.get("variables")).isEqualTo(Map.of("channel", "region:eu"));
            assertThat(payload.toString()).contains("Bearer " + token);

            chat.emit(message("m1", "p-0001", "brave_fox_1"));
            JsonNode next = ws.next();
            assertThat(next.path("type").asString()).isEqualTo("next");
            assertThat(next.at("/payload/data/chatMessages/author").toString())
                    .isEqualTo("{\"handle\":\"brave_fox_1\",\"rating\":1361}");

            chat.complete();
            assertThat(ws.next().toString()).isEqualTo("{\"id\":\"1\",\"type\":\"complete\"}");
        }
    }

    @Test
    void anUpstreamErrorReachesTheClientAsAnErrorMessage() throws Exception {
        WsFixtureSubgraph.Field presence = social.field("presenceChanged");
        try (WsClient ws = WsClient.connect(router.ws())) {
            ws.init(null).subscribe("p", "subscription { presenceChanged(playerIds: [\"p-0001\"]) { status } }", null);
            social.await("the upstream subscription", () -> presence.active() == 1);
            presence.error("PLAYER_IDS_INVALID");
            JsonNode error = ws.next();
            assertThat(error.path("type").asString()).isEqualTo("error");
            assertThat(error.at("/payload/0/extensions/code").asString()).isEqualTo("SUBSCRIPTION_UPSTREAM_FAILED");
        }
    }

    @Test
    void whenTheClientLeavesTheUpstreamSubscriptionIsCompleted() throws Exception {
        WsFixtureSubgraph.Field chat = social.field("chatMessages");
        int completes = social.completesReceived();
        WsClient ws = WsClient.connect(router.ws());
        ws.init(null).subscribe("gone", GraphQLWsTest.CHAT, "{\"channel\":\"region:na\"}");
        social.await("the upstream subscription", () -> chat.active() == 1);
        ws.abort();
        social.await("the upstream complete", () -> chat.active() == 0 && social.completesReceived() > completes);
    }

    @Test
    void sseClientsGetTheSameEnrichedEvents() throws Exception {
        WsFixtureSubgraph.Field chat = social.field("chatMessages");
        HttpRequest post = HttpRequest.newBuilder(URI.create(router.http()))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(SubscriptionOverHttpTest.chatBody())).build();
        try (HttpStream s = HttpStream.open(post)) {
            social.await("the upstream subscription", () -> chat.active() == 1);
            chat.emit(message("m2", "p-0002", "silent_hawk_2"));
            s.await("a next event", t -> !SubscriptionOverHttpTest.events(t).isEmpty());
            assertThat(SubscriptionOverHttpTest.events(s.text()).getFirst()).contains("\"rating\":1500");
            chat.complete();
            s.awaitEnd();
            assertThat(SubscriptionOverHttpTest.events(s.text())).last().isEqualTo("complete|");
        }
    }
}
