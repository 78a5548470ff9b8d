package gg.arena.router.subgraph;

import gg.arena.router.testing.WsFixtureSubgraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Upstream subscriptions against a graphql-transport-ws subgraph on loopback. */
class WebSocketSubgraphSubscriptionsTest {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final String CHAT = "subscription($channel: String!) { chatMessages(channel: $channel) { text } }";
    static final WebSocketSubgraphSubscriptions.Settings FAST = new WebSocketSubgraphSubscriptions.Settings(
            Duration.ofSeconds(20), Duration.ZERO, Duration.ofMillis(200), 16, 1 << 20);

    WsFixtureSubgraph social;
    WsFixtureSubgraph.Field chat;
    WebSocketSubgraphSubscriptions subscriptions;
    final List<Received> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        social = WsFixtureSubgraph.start();
        chat = social.field("chatMessages");
        subscriptions = subscriptions(FAST, social.url());
    }

    @AfterEach
    void stop() {
        opened.forEach(Received::cancel);
        subscriptions.close();
        social.close();
    }

    static WebSocketSubgraphSubscriptions subscriptions(WebSocketSubgraphSubscriptions.Settings settings,
                                                        String... urls) {
        return new WebSocketSubgraphSubscriptions(Map.of("social", List.of(urls)), settings, MAPPER);
    }

    Received chat(String channel, String authorization) {
        RequestHeaders headers = authorization == null ? RequestHeaders.NONE
                : new RequestHeaders(Map.of("Authorization", authorization));
        Received r = new Received(subscriptions.subscribe("social", CHAT, Map.of("channel", channel), headers));
        opened.add(r);
        return r;
    }

    static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }

    @SuppressWarnings("unchecked")
    static Object textOf(Map<String, Object> payload) {
        return ((Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("chatMessages")).get("text");
    }

    @Test
    void manySubscriptionsTravelOnOneConnection() {
        for (int i = 0; i < 5; i++) {
            chat("channel-" + i, null);
        }
        social.await("5 upstream subscriptions", () -> chat.active() == 5);
        assertThat(social.connectionCount()).isEqualTo(1);
        assertThat(chat.emit(v -> v.get("channel").equals("channel-3"), text("three"))).isEqualTo(1);
        assertThat(textOf(opened.get(3).next())).isEqualTo("three");
        assertThat(opened.get(0).pending()).isEmpty();
    }

    @Test
    void identicalSubscriptionsShareOneUpstreamSubscriptionAndLateJoinersGetLaterEvents() {
        Received a = chat("lobby", "Bearer t1");
        Received b = chat("lobby", "Bearer t1");
        social.await("one upstream subscription", () -> chat.active() == 1);
        chat.emit(text("first"));
        assertThat(textOf(a.next())).isEqualTo("first");
        assertThat(textOf(b.next())).isEqualTo("first");

        Received late = chat("lobby", "Bearer t1");
        chat.emit(text("second"));
        assertThat(textOf(late.next())).isEqualTo("second");
        assertThat(textOf(a.next())).isEqualTo("second");
        assertThat(textOf(b.next())).isEqualTo("second");
        assertThat(social.subscribePayloads()).hasSize(1);
        assertThat(chat.active()).isEqualTo(1);
    }

    @Test
    void eachSubscriberGetsItsOwnCopyOfAnEvent() {
        Received a = chat("lobby", null);
        Received b = chat("lobby", null);
        social.await("one upstream subscription", () -> chat.active() == 1);
        chat.emit(text("hi"));
        Map<String, Object> first = a.next();
        Map<String, Object> second = b.next();
        assertThat(first).isEqualTo(second).isNotSameAs(second);
        assertThat(first.get("data")).isNotSameAs(second.get("data"));
    }

    @Test
    void differentAuthorizationIsNotSharedAndTravelsInTheSubscribeExtensions() {
        Received alice = chat("lobby", "Bearer alice");
        Received bob = chat("lobby", "Bearer bob");
        Received anonymous = chat("lobby", null);
        social.await("three upstream subscriptions", () -> chat.active() == 3);
        assertThat(social.connectionCount()).isEqualTo(1);
        assertThat(social.initPayloads()).containsExactly(Map.of());
        assertThat(social.subscribePayloads()).extracting(p -> p.get("extensions")).containsExactlyInAnyOrder(
                Map.of("headers", Map.of("Authorization", "Bearer alice")),
                Map.of("headers", Map.of("Authorization", "Bearer bob")),
                null);
        assertThat(social.subscribePayloads()).allSatisfy(p -> {
            assertThat(p.get("query")).isEqualTo(CHAT);
            assertThat(p.get("variables")).isEqualTo(Map.of("channel", "lobby"));
        });
        chat.emit(text("to all"));
        assertThat(textOf(alice.next())).isEqualTo("to all");
        assertThat(textOf(bob.next())).isEqualTo("to all");
        assertThat(textOf(anonymous.next())).isEqualTo("to all");
    }

    @Test
    void theLastSubscriberLeavingCompletesUpstreamAndTheIdleConnectionCloses() {
        Received a = chat("lobby", null);
        Received b = chat("lobby", null);
        social.await("one upstream subscription", () -> chat.active() == 1);

        a.cancel();
        chat.emit(text("still here"));
        assertThat(textOf(b.next())).isEqualTo("still here");
        assertThat(social.completesReceived()).isZero();

        b.cancel();
        social.await("complete sent upstream", () -> social.completesReceived() == 1);
        assertThat(chat.active()).isZero();
        social.await("idle connection closed", () -> social.openConnections() == 0);
        assertThat(social.completesReceived()).isEqualTo(1);
    }

    @Test
    void aNewSubscriptionWithinTheGraceReusesTheConnection() {
        WebSocketSubgraphSubscriptions slowToClose = subscriptions(new WebSocketSubgraphSubscriptions.Settings(
                Duration.ofSeconds(20), Duration.ZERO, Duration.ofSeconds(30), 16, 1 << 20), social.url());
        try {
            Received first = new Received(slowToClose.subscribe("social", CHAT, Map.of("channel", "a"),
                    RequestHeaders.NONE));
            social.await("first subscription", () -> chat.active() == 1);
            first.cancel();
            social.await("complete sent upstream", () -> social.completesReceived() == 1);
            Received second = new Received(slowToClose.subscribe("social", CHAT, Map.of("channel", "b"),
                    RequestHeaders.NONE));
            social.await("second subscription", () -> chat.active() == 1);
            chat.emit(text("again"));
            assertThat(textOf(second.next())).isEqualTo("again");
            assertThat(social.connectionCount()).isEqualTo(1);
            second.cancel();
        } finally {
            slowToClose.close();
        }
    }

    @Test
    void anUpstreamErrorEndsThatSubscriptionsSubscribersOnly() {
        WsFixtureSubgraph.Field presence = social.field("presenceChanged");
        Received a = chat("lobby", null);
        Received b = chat("lobby", null);
        Received other = new Received(subscriptions.subscribe("social",
                "subscription { presenceChanged(playerIds: [\"p1\"]) { status } }", Map.of(), RequestHeaders.NONE));
        opened.add(other);
        social.await("two upstream subscriptions", () -> chat.active() == 1 && presence.active() == 1);
        chat.error("channel lobby was deleted");
        assertThat(a.error()).isInstanceOf(SubgraphException.class).hasMessage("channel lobby was deleted");
        assertThat(((SubgraphException) b.error()).subgraph()).isEqualTo("social");
        presence.emit(Map.of("status", "ONLINE"));
        assertThat(other.next()).isEqualTo(Map.of("data", Map.of("presenceChanged", Map.of("status", "ONLINE"))));
        assertThat(social.openConnections()).isEqualTo(1);

        Received again = chat("lobby", null);
        social.await("a new upstream subscription", () -> chat.active() == 1);
        chat.emit(text("after"));
        assertThat(textOf(again.next())).isEqualTo("after");
        assertThat(social.connectionCount()).isEqualTo(1);
    }

    @Test
    void anUpstreamCompleteCompletesItsSubscribers() {
        Received a = chat("lobby", null);
        social.await("one upstream subscription", () -> chat.active() == 1);
        chat.complete();
        a.completed();
    }

    @Test
    void anUnknownRootFieldIsAnUpstreamError() {
        Received r = new Received(subscriptions.subscribe("social", "subscription { nope }", Map.of(),
                RequestHeaders.NONE));
        assertThat(r.error()).isInstanceOf(SubgraphException.class).hasMessageContaining("Cannot query field 'nope'");
    }

    @Test
    void aClosedSocketErrorsEverySubscriptionAndTheNextSubscribeReconnects() {
        Received a = chat("lobby", null);
        Received b = chat("other", "Bearer x");
        social.await("two upstream subscriptions", () -> chat.active() == 2);
        social.closeConnections(4500, "Internal error");
        assertThat(a.error()).isInstanceOf(SubgraphException.class).hasMessageContaining("4500");
        assertThat(b.error()).isInstanceOf(SubgraphException.class).hasMessageContaining("was closed");

        Received again = chat("lobby", null);
        social.await("subscribed on a new connection", () -> chat.active() == 1);
        assertThat(social.connectionCount()).isEqualTo(2);
        chat.emit(text("reconnected"));
        assertThat(textOf(again.next())).isEqualTo("reconnected");
    }

    @Test
    void aSubgraphThatIsDownIsAnErrorAtOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (WebSocketSubgraphSubscriptions down = subscriptions(FAST, "http://127.0.0.1:" + port + "/graphql")) {
            Received r = new Received(down.subscribe("social", CHAT, Map.of("channel", "x"), RequestHeaders.NONE));
            assertThat(r.error()).isInstanceOf(SubgraphException.class).hasMessageContaining("could not connect");
        }
    }

    @Test
    void aSubgraphThatNeverAcknowledgesIsAnErrorAfterTheAckTimeout() {
        social.acknowledge(false);
        try (WebSocketSubgraphSubscriptions impatient = subscriptions(new WebSocketSubgraphSubscriptions.Settings(
                Duration.ofMillis(300), Duration.ZERO, Duration.ofMillis(200), 16, 1 << 20), social.url())) {
            Received r = new Received(impatient.subscribe("social", CHAT, Map.of("channel", "x"),
                    RequestHeaders.NONE));
            assertThat(r.error()).isInstanceOf(SubgraphException.class).hasMessageContaining("no connection_ack");
            assertThat(social.subscribePayloads()).isEmpty();
            social.await("connection closed", () -> social.openConnections() == 0);
        }
    }

    @Test
    void keepAlivePingsGoOutAndTheirPongsKeepTheConnection() {
        try (WebSocketSubgraphSubscriptions pinging = subscriptions(new WebSocketSubgraphSubscriptions.Settings(
                Duration.ofSeconds(20), Duration.ofMillis(50), Duration.ofMillis(200), 16, 1 << 20), social.url())) {
            Received r = new Received(pinging.subscribe("social", CHAT, Map.of("channel", "x"),
                    RequestHeaders.NONE));
            social.await("several pings", () -> social.pingsReceived() >= 5);
            chat.emit(text("alive"));
            assertThat(textOf(r.next())).isEqualTo("alive");
            assertThat(social.connectionCount()).isEqualTo(1);
            r.cancel();
        }
    }

    @Test
    void aSubgraphThatStopsAnsweringPingsIsTakenAsDead() {
        try (WebSocketSubgraphSubscriptions pinging = subscriptions(new WebSocketSubgraphSubscriptions.Settings(
                Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(200), 16, 1 << 20), social.url())) {
            Received r = new Received(pinging.subscribe("social", CHAT, Map.of("channel", "x"),
                    RequestHeaders.NONE));
            social.await("subscribed", () -> chat.active() == 1);
            social.answerPings(false);
            assertThat(r.error()).isInstanceOf(SubgraphException.class)
                    .hasMessageContaining("did not answer a keep-alive ping");
            social.await("connection closed", () -> social.openConnections() == 0);
        }
    }

    @Test
    void aSubscriberThatFallsBehindTheBufferIsEndedAndTheOthersGoOn() {
        Received fast = chat("lobby", null);
        LinkedBlockingQueue<Object> slowSignals = new LinkedBlockingQueue<>();
        BaseSubscriber<Map<String, Object>> slow = new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                // asks for nothing until the test says so
            }

            @Override
            protected void hookOnNext(Map<String, Object> value) {
                slowSignals.add(value);
            }

            @Override
            protected void hookOnError(Throwable throwable) {
                slowSignals.add(throwable);
            }
        };
        subscriptions.subscribe("social", CHAT, Map.of("channel", "lobby"), RequestHeaders.NONE).subscribe(slow);
        social.await("one upstream subscription", () -> chat.active() == 1);
        int events = FAST.subscriberBuffer() + 4;
        for (int i = 0; i < events; i++) {
            chat.emit(text("e" + i));
        }
        for (int i = 0; i < events; i++) {
            assertThat(textOf(fast.next())).isEqualTo("e" + i);
        }
        slow.request(Long.MAX_VALUE);
        List<Object> got = new ArrayList<>();
        Object signal;
        do {
            signal = poll(slowSignals);
            got.add(signal);
        } while (signal instanceof Map<?, ?>);
        assertThat(got).hasSize(FAST.subscriberBuffer() + 1);
        assertThat((Throwable) got.getLast()).isInstanceOf(SubgraphException.class)
                .hasMessage("subscriber fell more than 16 events behind the subgraph");
        chat.emit(text("after"));
        assertThat(textOf(fast.next())).isEqualTo("after");
        assertThat(chat.active()).isEqualTo(1);
    }

    @Test
    void instancesOfOneSubgraphGetNewSubscriptionsRoundRobin() {
        try (WsFixtureSubgraph second = WsFixtureSubgraph.start();
             WebSocketSubgraphSubscriptions two = subscriptions(FAST, social.url(), second.url())) {
            WsFixtureSubgraph.Field secondChat = second.field("chatMessages");
            List<Received> rs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rs.add(new Received(two.subscribe("social", CHAT, Map.of("channel", "c" + i), RequestHeaders.NONE)));
            }
            social.await("two on the first instance", () -> chat.active() == 2);
            second.await("two on the second instance", () -> secondChat.active() == 2);
            assertThat(social.connectionCount()).isEqualTo(1);
            assertThat(second.connectionCount()).isEqualTo(1);
            rs.forEach(Received::cancel);
        }
    }

    @Test
    void anUnknownSubgraphIsAnError() {
        assertThatThrownBy(() -> subscriptions.subscribe("nope", CHAT, Map.of(), RequestHeaders.NONE).blockFirst())
                .isInstanceOf(SubgraphException.class).hasMessage("unknown subgraph nope");
    }

    @Test
    void closingEndsSubscribersAndConnections() {
        Received a = chat("lobby", null);
        social.await("one upstream subscription", () -> chat.active() == 1);
        subscriptions.close();
        assertThat(a.error()).isInstanceOf(SubgraphException.class).hasMessage("the router is shutting down");
        social.await("connection closed", () -> social.openConnections() == 0);
        assertThat(new Received(subscriptions.subscribe("social", CHAT, Map.of("channel", "x"),
                RequestHeaders.NONE)).error()).isInstanceOf(SubgraphException.class);
    }

    @Test
    void webSocketUrlsFollowTheRoutingUrl() {
        assertThat(WebSocketSubgraphSubscriptions.webSocketUri("http://h:4004/graphql"))
                .hasToString("ws://h:4004/graphql");
        assertThat(WebSocketSubgraphSubscriptions.webSocketUri("https://h/api/graphql?x=1"))
                .hasToString("wss://h/api/graphql?x=1");
        assertThat(WebSocketSubgraphSubscriptions.webSocketUri("ws://h:1/")).hasToString("ws://h:1/");
        assertThatThrownBy(() -> WebSocketSubgraphSubscriptions.webSocketUri("ftp://h/graphql"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Object poll(LinkedBlockingQueue<Object> q) {
        try {
            Object o = q.poll(WsFixtureSubgraph.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (o == null) {
                throw new AssertionError("no signal within " + WsFixtureSubgraph.PATIENCE);
            }
            return o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything one subscriber received, in order. */
    static final class Received {
        private static final Object COMPLETE = new Object();
        private final LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
        private final Disposable subscription;

        Received(Flux<Map<String, Object>> flux) {
            subscription = flux.subscribe(signals::add, signals::add, () -> signals.add(COMPLETE));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> next() {
            Object o = poll(signals);
            if (o instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
            throw new AssertionError("expected an event, got " + (o == COMPLETE ? "completion" : o), 
                    o instanceof Throwable t ? t : null);
        }

        Throwable error() {
            Object o;
            do {
                o = poll(signals);
            } while (o instanceof Map<?, ?>);
            if (o instanceof Throwable t) {
                return t;
            }
            throw new AssertionError("expected an error, got completion");
        }

        void completed() {
            Object o = poll(signals);
            assertThat(o).as("completion").isSameAs(COMPLETE);
        }

        List<Object> pending() {
            return List.copyOf(signals);
        }

        void cancel() {
            subscription.dispose();
        }
    }
}
