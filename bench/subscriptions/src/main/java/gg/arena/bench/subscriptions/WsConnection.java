package gg.arena.bench.subscriptions;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One graphql-transport-ws connection carrying several subscriptions. It sends
 * {@code connection_init}, subscribes everything once {@code connection_ack} arrives, answers
 * {@code ping}, and hands each {@code next} to its {@link Subscriber}. Everything it receives is
 * handled on its event loop; the run only opens and closes it.
 */
final class WsConnection {

    /** What the connection needs to know about the run. */
    interface Run {
        /** Called once: acknowledged, or failed/closed before that. */
        void settled(WsConnection connection, boolean acked);

        /** Called once when the connection is over, whoever ended it. */
        void ended(WsConnection connection);

        /** The measured message's channel, or -1 when the run never published that sequence number. */
        int channelOf(long seq);
    }

    /** A fresh handler each time: busyLooping's deadline starts at its first failure and is never reset. */
    private static Sinks.EmitFailureHandler retry() {
        return Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(2));
    }

    final int index;
    final List<Subscriber> subscribers;
    private final Map<String, Subscriber> byId = new LinkedHashMap<>();
    private final Map<String, String> subscribeMessages = new LinkedHashMap<>();
    private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    private final JsonMapper json;
    private final Tally tally;
    private final String runId;
    private final Run run;
    private volatile boolean acked;
    private volatile boolean settled;
    private volatile boolean closing;
    private volatile boolean requestedClose;
    private volatile boolean sawCloseStatus;
    private volatile boolean ended;

    WsConnection(int index, List<Subscriber> subscribers, String query, List<String> channelNames, String token,
                 JsonMapper json, Tally tally, String runId, Run run) {
        this.index = index;
        this.subscribers = List.copyOf(subscribers);
        this.json = json;
        this.tally = tally;
        this.runId = runId;
        this.run = run;
        for (Subscriber s : subscribers) {
            byId.put(s.id, s);
            Map<String, Object> payload = Map.of("query", query,
                    "variables", Map.of("channel", channelNames.get(s.channel)));
            subscribeMessages.put(s.id, json.writeValueAsString(Map.of("id", s.id, "type", "subscribe", "payload", payload)));
        }
        Map<String, Object> init = token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
        outgoing.emitNext(json.writeValueAsString(Map.of("type", "connection_init", "payload", init)), retry());
    }

    void open(HttpClient.WebsocketSender sender) {
        sender.handle(this::session).subscribe(
                ignored -> { },
                error -> {
                    tally.error(acked ? "connection" : "connect", describe(error));
                    if (!acked) {
                        tally.connectFailures.incrementAndGet();
                    }
                    finish();
                },
                this::finish);
    }

    boolean acked() {
        return acked;
    }

    boolean ended() {
        return ended;
    }

    /** Ends the connection with 1000 (the server's answer completes it). */
    void close() {
        requestedClose = true;
        closing = true;
        outgoing.emitComplete(retry());
    }

    private Publisher<Void> session(WebsocketInbound in, WebsocketOutbound out) {
        in.receiveCloseStatus().subscribe(status -> {
            sawCloseStatus = true;
            if (!requestedClose) {
                tally.closedByServer.incrementAndGet();
                tally.closeCode(status.code() + (status.reasonText() == null || status.reasonText().isEmpty()
                        ? "" : " " + status.reasonText()));
            }
        });
        Mono<Void> receiving = in.aggregateFrames(1 << 20).receive().asString()
                .doOnNext(this::onText)
                .doFinally(signal -> {
                    if (!closing) {
                        closing = true;
                        outgoing.tryEmitComplete();
                    }
                })
                .then();
        Mono<Void> sending = out.sendString(outgoing.asFlux()).then()
                .then(Mono.defer(() -> out.sendClose(1000, "load done")))
                .onErrorResume(e -> Mono.empty());
        return Mono.when(sending, receiving);
    }

    private void onText(String text) {
        long now = System.nanoTime();
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (RuntimeException e) {
            tally.error("frame", "not JSON: " + text);
            return;
        }
        String type = message.path("type").asString("");
        switch (type) {
            case "connection_ack" -> {
                acked = true;
                tally.acked.incrementAndGet();
                subscribeMessages.values().forEach(m -> outgoing.emitNext(m, retry()));
                settle(true);
            }
            case "ping" -> outgoing.emitNext("{\"type\":\"pong\"}", retry());
            case "pong" -> { }
            case "next" -> next(byId.get(message.path("id").asString("")), message.path("payload"), now);
            case "error" -> {
                Subscriber s = byId.get(message.path("id").asString(""));
                if (s != null) {
                    s.fail();
                }
                tally.subscriptionErrors.increment();
                tally.error("subscription", message.path("payload").toString());
            }
            case "complete" -> {
                tally.completedByServer.increment();
                tally.error("subscription", "completed by the server");
            }
            default -> tally.error("frame", "unexpected message type '" + type + "'");
        }
    }

    private void next(Subscriber s, JsonNode payload, long now) {
        if (s == null) {
            tally.error("frame", "next for an unknown subscription id");
            return;
        }
        JsonNode errors = payload.path("errors");
        if (!errors.isMissingNode() && !errors.isNull()) {
            tally.deliveriesWithErrors.increment();
            tally.error("next", errors.toString());
        }
        BenchText marker = BenchText.decode(payload.path("data").path("chatMessages").path("text").asString(null), runId);
        if (marker == null) {
            tally.foreignMessages.increment();
            return;
        }
        if (marker.warmUp()) {
            tally.warmUpReceipts.increment();
            if (s.arm()) {
                tally.armed.incrementAndGet();
            }
            return;
        }
        int channel = run.channelOf(marker.seq());
        if (channel != s.channel) {
            tally.misrouted.increment();
            return;
        }
        if (!s.counted()) {
            tally.beforeArmed.increment();
            return;
        }
        if (!s.receive(marker.seq())) {
            tally.duplicates.increment();
            return;
        }
        tally.latencyMicros.recordValue(Math.max(1, (now - marker.nanos()) / 1_000));
    }

    private void settle(boolean ok) {
        if (!settled) {
            settled = true;
            run.settled(this, ok);
        }
    }

    private void finish() {
        closing = true;
        if (acked && !requestedClose && !sawCloseStatus) {
            tally.closedByServer.incrementAndGet();
            tally.closeCode("none (connection lost)");
        }
        settle(false);
        if (!ended) {
            ended = true;
            run.ended(this);
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
