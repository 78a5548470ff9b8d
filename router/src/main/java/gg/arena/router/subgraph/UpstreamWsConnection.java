package gg.arena.router.subgraph;

import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One graphql-transport-ws connection to one subgraph instance, carrying many subscriptions by id.
 *
 * <p>{@code connection_init} (empty payload: the connection speaks for no viewer) must be answered with
 * {@code connection_ack} within the ack timeout of the socket opening; subscriptions registered before that wait and are sent on ack.
 * A {@code ping} goes out every keep-alive interval; a connection that has said nothing for two intervals is
 * taken as dead. Any failure ends the connection once, reported through {@link Events#closed}.
 */
final class UpstreamWsConnection {
    static final String PROTOCOL = "graphql-transport-ws";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UpstreamWsConnection.class);

    /** What the connection reports to its owner; never called while the connection holds its own lock. */
    interface Events {
        void next(UpstreamWsSubscription subscription, Map<String, Object> payload);

        /** The subgraph ended one subscription: {@code complete} (error null) or {@code error}. */
        void ended(UpstreamWsSubscription subscription, SubgraphException error);

        /** The connection is gone; every subscription on it is lost. */
        void closed(UpstreamWsConnection connection, SubgraphException cause);
    }

    final String subgraph;
    final URI uri;
    /** Live upstream subscriptions on this connection; guarded by the owner's lock. */
    int live;
    /** The pending idle close, if any; guarded by the owner's lock. */
    Disposable idleClose;

    private final WebSocketSubgraphSubscriptions.Settings settings;
    private final JsonMapper mapper;
    private final Events events;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, UpstreamWsSubscription> byId = new ConcurrentHashMap<>();
    private final Sinks.Many<WebSocketFrame> frames = Sinks.many().unicast().onBackpressureBuffer();
    private final List<Disposable> timers = new ArrayList<>();
    /** When the unanswered {@code ping} went out (System.nanoTime), 0 when none is outstanding. */
    private volatile long pingSentAt;
    private volatile WebSocketCloseStatus closeStatus;
    private Disposable socket;
    private boolean acked;
    private boolean ended;
    private int closeCode = 1000;
    private String closeReason = "";

    UpstreamWsConnection(String subgraph, URI uri, WebSocketSubgraphSubscriptions.Settings settings,
                         JsonMapper mapper, Events events) {
        this.subgraph = subgraph;
        this.uri = uri;
        this.settings = settings;
        this.mapper = mapper;
        this.events = events;
    }

    String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    /** Opens the socket and sends {@code connection_init}; returns at once. */
    void start() {
        WebsocketClientSpec spec = WebsocketClientSpec.builder().protocols(PROTOCOL)
                .maxFramePayloadLength(settings.maxMessageBytes()).build();
        send(Map.of("type", "connection_init", "payload", Map.of()));
        Disposable handle = HttpClient.create().websocket(spec).uri(uri)
                .handle((in, out) -> {
                    // The socket is open: the subgraph now has the ack timeout to answer connection_init.
                    startAckTimer();
                    in.receiveCloseStatus().subscribe(s -> closeStatus = s);
                    Mono<Void> reads = in.aggregateFrames(settings.maxMessageBytes()).receiveFrames()
                            .doOnNext(this::onFrame)
                            .then()
                            .doFinally(s -> completeFrames());
                    Mono<Void> writes = out.sendObject(frames.asFlux()).then()
                            .then(Mono.defer(() -> out.sendClose(closeCode, closeReason)))
                            .onErrorResume(e -> Mono.empty());
                    return Mono.when(reads, writes);
                })
                .subscribe(ignored -> { }, e -> fail(describe(e), e), () -> fail(describeClose(), null));
        Disposable keepAlive = settings.keepAlive().isZero() ? null
                : reactor.core.publisher.Flux.interval(settings.keepAlive(), settings.keepAlive())
                        .subscribe(t -> keepAlive());
        synchronized (this) {
            socket = handle;
            if (keepAlive != null) {
                timers.add(keepAlive);
            }
            if (ended) {
                disposeAll();
            }
        }
    }

    /** Registers a subscription and sends {@code subscribe} now, or on {@code connection_ack}. */
    synchronized void subscribe(UpstreamWsSubscription s) {
        if (s.cancelled || ended) {
            return;
        }
        byId.put(s.id, s);
        if (acked) {
            s.sent = true;
            send(Map.of("id", s.id, "type", "subscribe", "payload", s.payload));
        }
    }

    /** The last subscriber left: sends {@code complete} for a subscription the subgraph knows of. */
    synchronized void complete(UpstreamWsSubscription s) {
        s.cancelled = true;
        if (byId.remove(s.id, s) && s.sent && !ended) {
            send(Map.of("id", s.id, "type", "complete"));
        }
    }

    /** Closes with 1000 (idle, or the router closing); reports nothing further. */
    void close(String reason) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            closeCode = 1000;
            closeReason = reason;
            frames.tryEmitComplete();
        }
        // A subgraph that does not answer the close frame is not waited for long.
        Mono.delay(Duration.ofSeconds(2)).subscribe(t -> disposeAll());
    }

    private void startAckTimer() {
        Disposable timer = Mono.delay(settings.ackTimeout()).subscribe(t -> {
            if (!isAcked()) {
                closeWith(4408, "Connection acknowledgement timeout",
                        "no connection_ack within " + settings.ackTimeout().toMillis() + " ms");
            }
        });
        synchronized (this) {
            if (ended) {
                timer.dispose();
            } else {
                timers.add(timer);
            }
        }
    }

    private void keepAlive() {
        if (!isAcked()) {
            return;
        }
        long sent = pingSentAt;
        if (sent == 0) {
            pingSentAt = System.nanoTime();
            send(Map.of("type", "ping"));
        } else if (System.nanoTime() - sent > settings.ackTimeout().toNanos()) {
            closeWith(1011, "keep-alive timeout",
                    "did not answer a keep-alive ping within " + settings.ackTimeout().toMillis() + " ms");
        }
    }

    private synchronized void completeFrames() {
        frames.tryEmitComplete();
    }

    private synchronized boolean isAcked() {
        return acked;
    }

    private synchronized void send(Map<String, Object> message) {
        if (!ended) {
            frames.tryEmitNext(new TextWebSocketFrame(mapper.writeValueAsString(message)));
        }
    }

    private void onFrame(WebSocketFrame frame) {
        pingSentAt = 0;
        if (!(frame instanceof TextWebSocketFrame text)) {
            closeWith(4400, "Only text messages", "sent a non-text frame");
            return;
        }
        Map<String, Object> message;
        try {
            message = mapper.readValue(text.text(), Map.class);
        } catch (RuntimeException e) {
            closeWith(4400, "Invalid message", "sent a message that is not JSON");
            return;
        }
        Object type = message.get("type");
        Object id = message.get("id");
        UpstreamWsSubscription s = id instanceof String i ? byId.get(i) : null;
        switch (type instanceof String t ? t : "") {
            case "connection_ack" -> onAck();
            case "ping" -> send(Map.of("type", "pong"));
            case "pong" -> { }
            case "next" -> {
                if (s != null && message.get("payload") instanceof Map<?, ?> p) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> payload = (Map<String, Object>) p;
                    events.next(s, payload);
                }
            }
            case "error" -> {
                if (s != null && byId.remove(s.id, s)) {
                    events.ended(s, new SubgraphException(subgraph, errorMessage(message.get("payload")), null));
                }
            }
            case "complete" -> {
                if (s != null && byId.remove(s.id, s)) {
                    events.ended(s, null);
                }
            }
            default -> closeWith(4400, "Invalid message", "sent a message of unknown type " + type);
        }
    }

    private void onAck() {
        synchronized (this) {
            if (acked || ended) {
                return;
            }
            acked = true;
            for (UpstreamWsSubscription s : byId.values()) {
                if (!s.sent && !s.cancelled) {
                    s.sent = true;
                    send(Map.of("id", s.id, "type", "subscribe", "payload", s.payload));
                }
            }
        }
    }

    /** Ends the connection because of a fault: closes it with {@code code} and reports {@code problem}. */
    private void closeWith(int code, String reason, String problem) {
        synchronized (this) {
            if (ended) {
                return;
            }
            closeCode = code;
            closeReason = reason;
        }
        // Report our reason before the socket closes: the close it causes must not be reported first.
        fail(problem, null);
        Mono.delay(Duration.ofSeconds(2)).subscribe(t -> disposeAll());
    }

    private void fail(String problem, Throwable cause) {
        boolean report;
        synchronized (this) {
            // Only the first failure is reported: a later one (e.g. the close this one causes) finds nothing left.
            report = !ended || !byId.isEmpty();
            ended = true;
            byId.clear();
            frames.tryEmitComplete();
            disposeTimers();
        }
        if (report) {
            if (cause != null) {
                LOG.warn("subscription connection to subgraph {} at {} failed: {}", subgraph, uri, problem);
            }
            events.closed(this, new SubgraphException(subgraph, "subscription connection to subgraph " + subgraph
                    + " " + problem, cause));
        }
    }

    private synchronized void disposeTimers() {
        timers.forEach(Disposable::dispose);
        timers.clear();
    }

    private void disposeAll() {
        Disposable s;
        synchronized (this) {
            disposeTimers();
            s = socket;
        }
        if (s != null) {
            s.dispose();
        }
    }

    private String describeClose() {
        WebSocketCloseStatus s = closeStatus;
        return s == null ? "was closed" : "was closed (" + s.code() + (s.reasonText().isEmpty() ? "" : " "
                + s.reasonText()) + ")";
    }

    private static String describe(Throwable e) {
        if (e instanceof java.net.ConnectException || e.getCause() instanceof java.net.ConnectException) {
            return "could not connect";
        }
        return "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String errorMessage(Object payload) {
        List<String> messages = new ArrayList<>();
        if (payload instanceof List<?> errors) {
            for (Object e : errors) {
                if (e instanceof Map<?, ?> m && m.get("message") instanceof String msg) {
                    messages.add(msg);
                }
            }
        }
        return messages.isEmpty() ? "the subgraph ended the subscription with an error"
                : String.join("; ", messages);
    }
}
