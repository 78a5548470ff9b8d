package gg.arena.router.subscription;

import gg.arena.router.GraphQLResponse;
import gg.arena.router.auth.BearerTokens;
import gg.arena.router.config.SubscriptionConfig;
import gg.arena.router.reload.RouterHolder;
import gg.arena.router.subgraph.RequestHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client WebSocket speaking graphql-transport-ws: {@code connection_init} (once, within the init timeout; a
 * bearer token in its payload is verified) → {@code connection_ack}; {@code ping}/{@code pong} both ways;
 * {@code subscribe} runs any operation ({@code next}… then {@code complete}, or {@code error}); {@code complete}
 * from the client cancels its operation and so the upstream subscription. Protocol violations close the socket with
 * the protocol's code. Everything the connection started is cancelled when the socket ends, however it ends.
 *
 * <p>Outgoing messages go through one serialised sink, so operations finishing on different event loops never
 * interleave a frame; a close is queued behind what was already queued, so an {@code error} is delivered before the
 * close that may follow it.
 */
final class GraphQLWsConnection {
    private static final Logger LOG = LoggerFactory.getLogger(GraphQLWsConnection.class);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final WebSocketSession session;
    private final RouterHolder routers;
    private final BearerTokens tokens;
    private final SubscriptionConfig limits;
    private final JsonMapper mapper;
    /**
     * Messages queued for a client that reads slower than its subscriptions produce; past this the client is cut
     * off (close 1008) rather than letting the router's memory grow without bound.
     */
    static final int MAX_QUEUED_MESSAGES = 4096;

    private final Sinks.Many<String> out = Sinks.many().unicast()
            .onBackpressureBuffer(reactor.util.concurrent.Queues.<String>get(MAX_QUEUED_MESSAGES).get());
    private final Map<String, Disposable> operations = new ConcurrentHashMap<>();
    private final Disposable.Composite timers = Disposables.composite();
    private final String upgradeAuthorization;

    private volatile boolean initReceived;
    private volatile boolean acknowledged;
    private volatile RequestHeaders headers = RequestHeaders.NONE;
    private volatile long lastReceived = System.nanoTime();
    /** Set once: the close the socket ends with after the queued messages. */
    private CloseStatus closeStatus;
    private boolean outClosed;

    GraphQLWsConnection(WebSocketSession session, RouterHolder routers, BearerTokens tokens, SubscriptionConfig limits,
                        JsonMapper mapper) {
        this.session = session;
        this.routers = routers;
        this.tokens = tokens;
        this.limits = limits;
        this.mapper = mapper;
        this.upgradeAuthorization = session.getHandshakeInfo().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    }

    Mono<Void> run() {
        if (!GraphQLWs.SUBPROTOCOL.equals(session.getHandshakeInfo().getSubProtocol())) {
            return session.close(new CloseStatus(GraphQLWs.SUBPROTOCOL_NOT_ACCEPTABLE, "Subprotocol not acceptable"));
        }
        timers.add(Mono.delay(limits.connectionInitTimeout()).subscribe(t -> {
            if (!initReceived) {
                close(GraphQLWs.CONNECTION_INITIALISATION_TIMEOUT, "Connection initialisation timeout");
            }
        }));
        Duration idle = limits.idleTimeout();
        Duration check = Duration.ofMillis(Math.max(10, Math.min(1000, idle.toMillis() / 4)));
        timers.add(Flux.interval(check).subscribe(t -> {
            if (System.nanoTime() - lastReceived >= idle.toNanos()) {
                close(GraphQLWs.GOING_AWAY, "Idle timeout: no message for " + idle.toSeconds() + " s");
            }
        }));
        timers.add(Flux.interval(limits.keepAliveInterval()).subscribe(t -> {
            if (acknowledged) {
                emit("{\"type\":\"ping\"}");
            }
        }));
        Mono<Void> input = session.receive()
                .doOnNext(this::onMessage)
                .then()
                .onErrorResume(this::onInputError)
                .doFinally(s -> end());
        Mono<Void> output = session.send(out.asFlux().map(session::textMessage))
                .then(Mono.defer(() -> {
                    CloseStatus status = closeStatusOrNull();
                    return status == null ? Mono.<Void>empty() : session.close(status);
                }))
                .onErrorResume(e -> Mono.empty());
        return Mono.when(input, output).doFinally(s -> end());
    }

    private synchronized CloseStatus closeStatusOrNull() {
        return closeStatus;
    }

    private Mono<Void> onInputError(Throwable e) {
        String message = String.valueOf(e.getMessage());
        // Fragments aggregated past the limit (a single oversized frame is refused by the decoder with 1009).
        if (e instanceof io.netty.handler.codec.TooLongFrameException
                || e instanceof io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException) {
            close(GraphQLWs.MESSAGE_TOO_BIG, "Message too big: the limit is " + limits.maxMessageBytes() + " bytes");
        } else {
            LOG.debug("WebSocket input failed: {}", message);
            close(GraphQLWs.INTERNAL_SERVER_ERROR, "Internal server error");
        }
        return Mono.empty();
    }

    private void onMessage(WebSocketMessage message) {
        lastReceived = System.nanoTime();
        switch (message.getType()) {
            case PING, PONG -> {
                return;
            }
            case BINARY -> {
                close(GraphQLWs.BAD_REQUEST, "Binary messages are not part of graphql-transport-ws");
                return;
            }
            default -> {
            }
        }
        if (message.getPayload().readableByteCount() > limits.maxMessageBytes()) {
            close(GraphQLWs.MESSAGE_TOO_BIG, "Message too big: the limit is " + limits.maxMessageBytes() + " bytes");
            return;
        }
        ClientMessage m;
        try {
            m = ClientMessage.parse(mapper, message.getPayloadAsText());
        } catch (ClientMessage.Invalid e) {
            close(GraphQLWs.BAD_REQUEST, e.getMessage());
            return;
        }
        switch (m.type()) {
            case GraphQLWs.CONNECTION_INIT -> init(m);
            case GraphQLWs.PING -> emit(withPayload(F.objectNode().put("type", GraphQLWs.PONG), m.payload()));
            case GraphQLWs.PONG -> {
            }
            case GraphQLWs.SUBSCRIBE -> subscribe(m);
            case GraphQLWs.COMPLETE -> {
                Disposable running = operations.remove(m.id());
                if (running != null) {
                    running.dispose();
                }
            }
            default -> close(GraphQLWs.BAD_REQUEST, "Unexpected message of type " + m.type() + " received");
        }
    }

    private void init(ClientMessage m) {
        if (initReceived) {
            close(GraphQLWs.TOO_MANY_INITIALISATION_REQUESTS, "Too many initialisation requests");
            return;
        }
        initReceived = true;
        String authorization = m.authorization() != null ? m.authorization() : upgradeAuthorization;
        switch (tokens.check(authorization)) {
            case BearerTokens.Invalid invalid -> {
                close(GraphQLWs.FORBIDDEN, truncate("Forbidden: " + invalid.reason()));
                return;
            }
            case BearerTokens.Valid valid -> {
                Map<String, String> h = new HashMap<>();
                h.put(HttpHeaders.AUTHORIZATION, valid.authorization());
                headers = new RequestHeaders(h);
            }
            case BearerTokens.Anonymous anonymous -> {
            }
        }
        acknowledged = true;
        emit("{\"type\":\"connection_ack\"}");
    }

    private void subscribe(ClientMessage m) {
        if (!acknowledged) {
            close(GraphQLWs.UNAUTHORIZED, "Unauthorized");
            return;
        }
        String id = m.id();
        if (operations.containsKey(id)) {
            close(GraphQLWs.SUBSCRIBER_ALREADY_EXISTS, truncate("Subscriber for " + id + " already exists"));
            return;
        }
        if (operations.size() >= limits.maxSubscriptionsPerConnection()) {
            ObjectNode error = F.objectNode().put("message", "Too many operations on this connection: the limit is "
                    + limits.maxSubscriptionsPerConnection() + "; complete one first.");
            error.putObject("extensions").put("code", "SUBSCRIPTION_LIMIT");
            emit(error(id, List.of(error)));
            return;
        }
        Disposable.Swap slot = Disposables.swap();
        operations.put(id, slot);
        java.util.concurrent.atomic.AtomicBoolean errored = new java.util.concurrent.atomic.AtomicBoolean();
        Disposable running = routers.useMany(r -> r.stream(m.request(), headers, true))
                .subscribe(response -> {
                    if (errored.get() || operations.get(id) != slot) {
                        return;
                    }
                    if (response.outcome() == GraphQLResponse.Outcome.EXECUTED) {
                        emit(message(GraphQLWs.NEXT, id, response.body()));
                    } else {
                        errored.set(true);
                        emit(error(id, errors(response.body())));
                    }
                }, e -> {
                    if (!operations.remove(id, slot)) {
                        return;
                    }
                    if (e instanceof SubscriptionFailedException failed) {
                        emit(error(id, failed.errors()));
                    } else {
                        LOG.warn("operation {} failed", id, e);
                        close(GraphQLWs.INTERNAL_SERVER_ERROR, "Internal server error");
                    }
                }, () -> {
                    if (operations.remove(id, slot) && !errored.get()) {
                        emit(message(GraphQLWs.COMPLETE, id, null));
                    }
                });
        slot.update(running);
    }

    private static List<ObjectNode> errors(ObjectNode body) {
        JsonNode errors = body.get("errors");
        java.util.ArrayList<ObjectNode> out = new java.util.ArrayList<>();
        if (errors != null && errors.isArray()) {
            errors.forEach(e -> out.add((ObjectNode) e));
        }
        return out;
    }

    private String error(String id, List<ObjectNode> errors) {
        ArrayNode payload = F.arrayNode();
        errors.forEach(payload::add);
        ObjectNode o = F.objectNode().put("id", id).put("type", GraphQLWs.ERROR);
        o.set("payload", payload);
        return mapper.writeValueAsString(o);
    }

    private String message(String type, String id, ObjectNode payload) {
        ObjectNode o = F.objectNode().put("id", id).put("type", type);
        if (payload != null) {
            o.set("payload", payload);
        }
        return mapper.writeValueAsString(o);
    }

    private String withPayload(ObjectNode message, ObjectNode payload) {
        if (payload != null) {
            message.set("payload", payload);
        }
        return mapper.writeValueAsString(message);
    }

    private void emit(String text) {
        synchronized (this) {
            if (outClosed || out.tryEmitNext(text) != Sinks.EmitResult.FAIL_OVERFLOW) {
                return;
            }
            // The queue is full, so a queued close would never be reached: close the socket now.
            outClosed = true;
            closeStatus = new CloseStatus(GraphQLWs.POLICY_VIOLATION, "The client does not read its messages");
            out.tryEmitComplete();
        }
        cancelAll();
        session.close(closeStatusOrNull()).subscribe(v -> { }, e -> { });
    }

    /** Ends the connection with {@code code}: operations are cancelled, queued messages go out, then the close. */
    private void close(int code, String reason) {
        synchronized (this) {
            if (outClosed) {
                return;
            }
            closeStatus = new CloseStatus(code, reason);
            outClosed = true;
            out.tryEmitComplete();
        }
        cancelAll();
    }

    /** The socket ended (either side): nothing the connection started may outlive it. */
    private void end() {
        synchronized (this) {
            if (!outClosed) {
                outClosed = true;
                out.tryEmitComplete();
            }
        }
        cancelAll();
    }

    private void cancelAll() {
        timers.dispose();
        for (String id : List.copyOf(operations.keySet())) {
            Disposable d = operations.remove(id);
            if (d != null) {
                d.dispose();
            }
        }
    }

    /** Close reasons are limited to 123 bytes by RFC 6455. */
    private static String truncate(String reason) {
        byte[] bytes = reason.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return bytes.length <= 123 ? reason : new String(bytes, 0, 120, java.nio.charset.StandardCharsets.UTF_8)
                + "...";
    }
}
