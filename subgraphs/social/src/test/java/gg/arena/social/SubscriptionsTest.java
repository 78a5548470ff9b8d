package gg.arena.social;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.social.events.SocialTopics;
import gg.arena.subgraph.events.EventBus;
import gg.arena.subgraph.testing.GraphQlWsClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * chatMessages and presenceChanged over a real graphql-transport-ws socket: subscribe, change
 * something over HTTP, receive exactly the events the subscription asked for.
 */
@InMemoryDatabaseTest
class SubscriptionsTest extends GraphQlHttpTest {

    private static final String CHAT = """
            subscription($channel: String!) {
              chatMessages(channel: $channel) { id channel text author { id handle } attachment { __typename ... on Item { sku } } }
            }""";
    private static final String PRESENCE = """
            subscription($ids: [ID!]!) { presenceChanged(playerIds: $ids) { player { id } status lastSeenAt } }""";
    private static final String PRESENCE_WITH_PLAYER_FIELDS = """
            subscription($ids: [ID!]!) {
              presenceChanged(playerIds: $ids) { status player { id presence { status } friends(first: 1) { totalCount } } }
            }""";
    private static final String SEND = """
            mutation($channel: String!, $text: String!) { sendChatMessage(channel: $channel, text: $text, attachment: { itemSku: "SKU-0007" }) { id } }""";

    @Autowired
    EventBus bus;

    @Test
    void aChatSubscriberGetsTheMessagesOfItsChannelOnly() {
        TestPlayer pat = newPlayer("pat");
        String channel = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            assertThat(ws.subprotocol()).isEqualTo("graphql-transport-ws");
            assertThat(ws.init(null)).containsEntry("type", "connection_ack");
            ws.subscribe("chat-1", CHAT, Map.of("channel", channel));
            awaitListening(SocialTopics.chat(channel));

            graphql(SEND, Map.of("channel", channel + "-other", "text", "elsewhere"), pat.token()).ok();
            String id = graphql(SEND, Map.of("channel", channel, "text", "hello live"), pat.token()).ok()
                    .read("$.data.sendChatMessage.id");

            Map<String, Object> next = ws.next();
            assertThat(next).containsEntry("type", "next").containsEntry("id", "chat-1");
            assertThat(next.get("payload")).isEqualTo(Map.of("data", Map.of("chatMessages", Map.of(
                    "id", id, "channel", channel, "text", "hello live",
                    "author", Map.of("id", pat.id(), "handle", pat.handle()),
                    "attachment", Map.of("__typename", "Item", "sku", "SKU-0007")))));

            ws.complete("chat-1");
            awaitQuiet(SocialTopics.chat(channel));
            graphql(SEND, Map.of("channel", channel, "text", "after complete"), pat.token()).ok();
            ws.send(Map.of("type", "ping"));
            assertThat(ws.next()).as("nothing but the pong after complete").containsEntry("type", "pong");
        }
    }

    @Test
    void aPresenceSubscriberGetsChangesOfTheWatchedPlayersOnly() {
        TestPlayer pat = newPlayer("pat");
        TestPlayer quinn = newPlayer("quinn");
        TestPlayer stranger = newPlayer("stranger");
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.subscribe("p", PRESENCE, Map.of("ids", List.of(pat.id(), quinn.id(), pat.id())));
            awaitListening(SocialTopics.presence(pat.id()));
            awaitListening(SocialTopics.presence(quinn.id()));

            graphql("mutation { setPresence(status: ONLINE) { status } }", Map.of(), stranger.token()).ok();
            String lastSeen = graphql("mutation { setPresence(status: IN_MATCH) { lastSeenAt } }", Map.of(), quinn.token())
                    .ok().read("$.data.setPresence.lastSeenAt");

            Map<String, Object> next = ws.next();
            assertThat(next).containsEntry("type", "next").containsEntry("id", "p");
            assertThat(next.get("payload")).isEqualTo(Map.of("data", Map.of("presenceChanged", Map.of(
                    "player", Map.of("id", quinn.id()), "status", "IN_MATCH", "lastSeenAt", lastSeen))));
        }
    }

    @Test
    void fieldsOfThePlayerInAnEventResolveThroughTheDataLoaders() {
        TestPlayer pat = newPlayer("pat");
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.subscribe("p", PRESENCE_WITH_PLAYER_FIELDS, Map.of("ids", List.of(pat.id())));
            awaitListening(SocialTopics.presence(pat.id()));
            graphql("mutation { setPresence(status: AWAY) { status } }", Map.of(), pat.token()).ok();
            assertThat(ws.next().get("payload")).isEqualTo(Map.of("data", Map.of("presenceChanged", Map.of(
                    "status", "AWAY",
                    "player", Map.of("id", pat.id(), "presence", Map.of("status", "AWAY"),
                            "friends", Map.of("totalCount", 0))))));
        }
    }

    @Test
    void aClientThatGoesAwayLeavesNoSubscriptionBehind() {
        String channel = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        GraphQlWsClient ws = GraphQlWsClient.open(port);
        ws.init(null);
        ws.subscribe("a", CHAT, Map.of("channel", channel));
        ws.subscribe("b", CHAT, Map.of("channel", channel));
        ws.subscribe("c", PRESENCE, Map.of("ids", List.of("p-0001")));
        awaitListening(SocialTopics.chat(channel));
        awaitListening(SocialTopics.presence("p-0001"));
        ws.close();
        awaitQuiet(SocialTopics.chat(channel));
        awaitQuiet(SocialTopics.presence("p-0001"));
    }

    @Test
    void invalidArgumentsAndInvalidDocumentsGetErrorsAndComplete() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.subscribe("bad-channel", CHAT, Map.of("channel", "no spaces allowed"));
            assertFieldError(ws, "bad-channel", "chatMessages", "CHANNEL_INVALID");
            ws.subscribe("no-players", PRESENCE, Map.of("ids", List.of()));
            assertFieldError(ws, "no-players", "presenceChanged", "PLAYER_IDS_INVALID");

            // Spring for GraphQL answers a document that does not validate with next { errors } + complete
            // (not the protocol's error message); the router treats both the same.
            ws.subscribe("unknown", "subscription { nothingHere }", Map.of());
            Map<String, Object> invalid = ws.next();
            assertThat(invalid).containsEntry("type", "next").containsEntry("id", "unknown");
            assertThat(invalid.get("payload").toString()).contains("FIELD_NOT_FOUND", "nothingHere");
            assertThat(ws.next()).containsEntry("type", "complete").containsEntry("id", "unknown");
            ws.send(Map.of("type", "ping"));
            assertThat(ws.next()).as("the connection stays usable").containsEntry("type", "pong");
        }
    }

    @Test
    void theProtocolsCloseCodes() {
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.subscribe("early", CHAT, Map.of("channel", "global"));
            assertThat(ws.closeCode()).as("subscribe before connection_init").isEqualTo(4401);
        }
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.subscribe("twice", CHAT, Map.of("channel", "global"));
            ws.subscribe("twice", CHAT, Map.of("channel", "global"));
            assertThat(ws.closeCode()).as("duplicate subscription id").isEqualTo(4409);
        }
        try (GraphQlWsClient ws = GraphQlWsClient.open(port)) {
            ws.init(null);
            ws.send(Map.of("type", "connection_init"));
            assertThat(ws.closeCode()).as("second connection_init").isEqualTo(4429);
        }
    }

    /** A subscription whose field fails gets one {@code next} with the error at the field, then {@code complete}. */
    @SuppressWarnings("unchecked")
    private static void assertFieldError(GraphQlWsClient ws, String id, String field, String code) {
        Map<String, Object> message = ws.next();
        assertThat(message).containsEntry("type", "next").containsEntry("id", id);
        Map<String, Object> payload = (Map<String, Object>) message.get("payload");
        assertThat(payload).containsEntry("data", null);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) payload.get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).containsEntry("path", List.of(field));
        assertThat((Map<String, Object>) errors.get(0).get("extensions")).containsEntry("code", code);
        assertThat(ws.next()).containsEntry("type", "complete").containsEntry("id", id);
    }

    private void awaitListening(String topic) {
        await(topic, true);
    }

    private void awaitQuiet(String topic) {
        await(topic, false);
    }

    private void await(String topic, boolean listening) {
        Awaitility.await(topic + (listening ? " has a subscriber" : " has no subscriber")).atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> (bus.subscriberCount(topic) > 0) == listening);
    }
}
