package gg.arena.router.testing;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A graphql-transport-ws subgraph for tests, on a random loopback port at {@code /graphql}: subscription root
 * fields are registered by name, and the test pushes their events.
 *
 * <pre>{@code
 * try (WsFixtureSubgraph social = WsFixtureSubgraph.start()) {
 *     WsFixtureSubgraph.Field chat = social.field("chatMessages");
 *     // point the router at social.url() (http://127.0.0.1:<port>/graphql), subscribe through it, then:
 *     social.await("one subscription", () -> chat.active() == 1);
 *     chat.emit(Map.of("text", "hi", "author", Map.of("__typename", "Player", "id", "p1")));
 *     chat.complete();   // or chat.error("boom"), or social.closeConnections(4500, "gone")
 * }
 * }</pre>
 *
 * <p>An emitted value is sent as {@code {"data": {<alias or field>: value}}} exactly as given (the fixture does
 * not project the selection set); {@link Field#emitPayload} sends a whole payload (with {@code errors}, say).
 * Subscribing to a field that was not registered gets an {@code error} message. Everything received is recorded:
 * {@code connection_init} and subscribe payloads, {@code complete}s and {@code ping}s. With
 * {@link #start(String)} the fixture also forwards HTTP POSTs on {@code /graphql} to another subgraph (a
 * {@link FixtureSubgraph}), so one URL serves both queries and subscriptions, as a real subgraph does.
 */
public final class WsFixtureSubgraph implements AutoCloseable {
    /** How long {@link #await} waits before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final DisposableServer server;
    private final Map<String, Field> fields = new ConcurrentHashMap<>();
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final AtomicInteger completesReceived = new AtomicInteger();
    private final AtomicInteger pingsReceived = new AtomicInteger();
    private final List<Map<String, Object>> initPayloads = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, Object>> subscribePayloads = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean acknowledge = true;
    private volatile boolean answerPings = true;

    private WsFixtureSubgraph(String forwardHttpTo) {
        WebsocketServerSpec spec = WebsocketServerSpec.builder().protocols("graphql-transport-ws").build();
        this.server = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> {
                    routes.ws("/graphql", this::session, spec);
                    if (forwardHttpTo != null) {
                        routes.post("/graphql", (req, res) -> forward(forwardHttpTo, req, res));
                    }
                })
                .bindNow();
    }

    /** A WebSocket-only subgraph. */
    public static WsFixtureSubgraph start() {
        return new WsFixtureSubgraph(null);
    }

    /** Also answers HTTP POST {@code /graphql} by forwarding it to {@code httpUrl} (e.g. a FixtureSubgraph's url). */
    public static WsFixtureSubgraph start(String httpUrl) {
        return new WsFixtureSubgraph(Objects.requireNonNull(httpUrl));
    }

    /** The subgraph's routing URL, {@code http://127.0.0.1:<port>/graphql}. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + "/graphql";
    }

    public String webSocketUrl() {
        return "ws://127.0.0.1:" + server.port() + "/graphql";
    }

    public int port() {
        return server.port();
    }

    /** Registers (or returns the registered) subscription root field {@code name}. */
    public Field field(String name) {
        return fields.computeIfAbsent(name, Field::new);
    }

    /** Whether {@code connection_init} is answered with {@code connection_ack} (default true); false: never. */
    public void acknowledge(boolean acknowledge) {
        this.acknowledge = acknowledge;
    }

    /** Whether a {@code ping} is answered with {@code pong} (default true); false: pings go unanswered. */
    public void answerPings(boolean answer) {
        this.answerPings = answer;
    }

    /** Connections ever accepted. */
    public int connectionCount() {
        return connectionCount.get();
    }

    /** Connections open now. */
    public int openConnections() {
        return sessions.size();
    }

    /** Subscriptions running now, over all fields. */
    public int activeSubscriptions() {
        return sessions.stream().mapToInt(s -> s.subscriptions.size()).sum();
    }

    /** {@code subscribe} payloads received ({@code query}, {@code variables}, {@code extensions}), in order. */
    public List<Map<String, Object>> subscribePayloads() {
        synchronized (subscribePayloads) {
            return List.copyOf(subscribePayloads);
        }
    }

    /** {@code connection_init} payloads received (an empty map when a client sent none), in order. */
    public List<Map<String, Object>> initPayloads() {
        synchronized (initPayloads) {
            return List.copyOf(initPayloads);
        }
    }

    /** {@code complete} messages received from clients. */
    public int completesReceived() {
        return completesReceived.get();
    }

    /** {@code ping} messages received from clients. */
    public int pingsReceived() {
        return pingsReceived.get();
    }

    /** Closes every open connection with this WebSocket close code. */
    public void closeConnections(int code, String reason) {
        for (Session s : List.copyOf(sessions)) {
            s.close(code, reason);
        }
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after {@link #PATIENCE}. */
    public void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what + " (connections open "
                        + openConnections() + ", subscriptions " + activeSubscriptions() + ")");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        closeConnections(1001, "going away");
        server.disposeNow(Duration.ofSeconds(5));
    }

    /** One registered subscription root field. */
    public final class Field {
        private final String name;

        private Field(String name) {
            this.name = name;
        }

        /** Subscriptions to this field running now. */
        public int active() {
            return running(v -> true).size();
        }

        /** Variables of each running subscription to this field. */
        public List<Map<String, Object>> variables() {
            return running(v -> true).stream().map(Subscription::variables).toList();
        }

        /** Sends {@code value} to every running subscription of this field; returns how many got it. */
        public int emit(Object value) {
            return emit(v -> true, value);
        }

        /** Sends {@code value} to the running subscriptions whose variables match. */
        public int emit(Predicate<Map<String, Object>> variables, Object value) {
            List<Subscription> to = running(variables);
            for (Subscription s : to) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put(s.responseKey(), value);
                s.session().send(message(s.id(), "next", Map.of("data", data)));
            }
            return to.size();
        }

        /** Sends a whole {@code next} payload ({@code data} and/or {@code errors}) to every running subscription. */
        public int emitPayload(Map<String, Object> payload) {
            List<Subscription> to = running(v -> true);
            to.forEach(s -> s.session().send(message(s.id(), "next", payload)));
            return to.size();
        }

        /** Ends every running subscription of this field with an {@code error} message. */
        public int error(String message) {
            List<Subscription> to = running(v -> true);
            for (Subscription s : to) {
                s.session().subscriptions.remove(s.id());
                s.session().send(message(s.id(), "error", List.of(Map.of("message", message))));
            }
            return to.size();
        }

        /** Ends every running subscription of this field with {@code complete}. */
        public int complete() {
            List<Subscription> to = running(v -> true);
            for (Subscription s : to) {
                s.session().subscriptions.remove(s.id());
                s.session().send(message(s.id(), "complete", null));
            }
            return to.size();
        }

        private List<Subscription> running(Predicate<Map<String, Object>> variables) {
            List<Subscription> out = new ArrayList<>();
            for (Session session : sessions) {
                for (Subscription s : session.subscriptions.values()) {
                    if (s.field().equals(name) && variables.test(s.variables())) {
                        out.add(s);
                    }
                }
            }
            return out;
        }
    }

    private record Subscription(Session session, String id, String field, String responseKey,
                                Map<String, Object> variables) {
    }

    private Mono<Void> session(WebsocketInbound in, WebsocketOutbound out) {
        Session session = new Session();
        sessions.add(session);
        connectionCount.incrementAndGet();
        Mono<Void> reads = in.aggregateFrames(1 << 20).receiveFrames()
                .doOnNext(session::onFrame)
                .then()
                .doFinally(s -> {
                    sessions.remove(session);
                    session.end();
                });
        Mono<Void> writes = out.sendObject(session.frames.asFlux()).then()
                .then(Mono.defer(() -> session.closeCode == 0 ? Mono.<Void>empty()
                        : out.sendClose(session.closeCode, session.closeReason)))
                .onErrorResume(e -> Mono.empty());
        return Mono.when(reads, writes);
    }

    private final class Session {
        final Sinks.Many<WebSocketFrame> frames = Sinks.many().unicast().onBackpressureBuffer();
        final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
        volatile int closeCode;
        volatile String closeReason = "";
        private boolean initialised;
        private boolean acked;

        synchronized void send(Map<String, Object> message) {
            frames.tryEmitNext(new TextWebSocketFrame(MAPPER.writeValueAsString(message)));
        }

        synchronized void close(int code, String reason) {
            closeCode = code;
            closeReason = reason;
            frames.tryEmitComplete();
        }

        synchronized void end() {
            subscriptions.clear();
            frames.tryEmitComplete();
        }

        @SuppressWarnings("unchecked")
        void onFrame(WebSocketFrame frame) {
            if (!(frame instanceof TextWebSocketFrame text)) {
                close(4400, "Only text messages");
                return;
            }
            Map<String, Object> m;
            try {
                m = MAPPER.readValue(text.text(), Map.class);
            } catch (RuntimeException e) {
                close(4400, "Invalid message");
                return;
            }
            String id = m.get("id") instanceof String s ? s : null;
            Map<String, Object> payload = m.get("payload") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
            switch (String.valueOf(m.get("type"))) {
                case "connection_init" -> {
                    synchronized (this) {
                        if (initialised) {
                            close(4429, "Too many initialisation requests");
                            return;
                        }
                        initialised = true;
                        initPayloads.add(payload);
                        if (acknowledge) {
                            acked = true;
                            send(Map.of("type", "connection_ack"));
                        }
                    }
                }
                case "ping" -> {
                    pingsReceived.incrementAndGet();
                    if (answerPings) {
                        send(Map.of("type", "pong"));
                    }
                }
                case "pong" -> { }
                case "subscribe" -> subscribe(id, payload);
                case "complete" -> {
                    completesReceived.incrementAndGet();
                    if (id != null) {
                        subscriptions.remove(id);
                    }
                }
                default -> close(4400, "Invalid message");
            }
        }

        @SuppressWarnings("unchecked")
        private void subscribe(String id, Map<String, Object> payload) {
            synchronized (this) {
                if (!acked) {
                    close(4401, "Unauthorized");
                    return;
                }
            }
            if (id == null || !(payload.get("query") instanceof String query)) {
                close(4400, "Invalid message");
                return;
            }
            if (subscriptions.containsKey(id)) {
                close(4409, "Subscriber for " + id + " already exists");
                return;
            }
            subscribePayloads.add(payload);
            graphql.language.Field root;
            try {
                Document doc = Parser.parse(query);
                OperationDefinition op = doc.getDefinitionsOfType(OperationDefinition.class).getFirst();
                List<graphql.language.Field> selected = op.getSelectionSet()
                        .getSelectionsOfType(graphql.language.Field.class);
                root = selected.isEmpty() ? null : selected.getFirst();
            } catch (RuntimeException e) {
                send(message(id, "error", List.of(Map.of("message", "Syntax error: " + e.getMessage()))));
                return;
            }
            if (root == null || !fields.containsKey(root.getName())) {
                send(message(id, "error", List.of(Map.of("message", "Cannot query field '"
                        + (root == null ? "?" : root.getName()) + "' on type 'Subscription'."))));
                return;
            }
            Map<String, Object> variables = payload.get("variables") instanceof Map<?, ?> v
                    ? (Map<String, Object>) v : Map.of();
            String key = root.getAlias() != null ? root.getAlias() : root.getName();
            subscriptions.put(id, new Subscription(this, id, root.getName(), key, variables));
        }
    }

    private static Map<String, Object> message(String id, String type, Object payload) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type);
        if (payload != null) {
            m.put("payload", payload);
        }
        return m;
    }

    private static Mono<Void> forward(String to, HttpServerRequest req, HttpServerResponse res) {
        return req.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap(body ->
                HttpClient.create().headers(h -> req.requestHeaders().forEach(e -> {
                            if (!e.getKey().equalsIgnoreCase("host") && !e.getKey().equalsIgnoreCase("content-length")) {
                                h.add(e.getKey(), e.getValue());
                            }
                        }))
                        .post().uri(java.net.URI.create(to))
                        .send(Mono.just(io.netty.buffer.Unpooled.wrappedBuffer(body)))
                        .responseSingle((r, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                                .flatMap(bytes -> res.status(r.status())
                                        .header("Content-Type", r.responseHeaders().get("Content-Type", "application/json"))
                                        .sendByteArray(Mono.just(bytes)).then())));
    }
}
