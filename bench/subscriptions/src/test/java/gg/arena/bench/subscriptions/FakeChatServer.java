package gg.arena.bench.subscriptions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongPredicate;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.WebsocketServerSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback stand-in for a chat subgraph: {@code login} and {@code sendChatMessage} over HTTP,
 * {@code chatMessages} over graphql-transport-ws, on one ephemeral port. It can drop or repeat
 * chosen measured messages, so tests can check the load tool counts loss and duplicates.
 */
final class FakeChatServer implements AutoCloseable {

    private record Sub(Sinks.Many<String> out, String id) {}

    /** A fresh handler each time: busyLooping's deadline starts at its first failure and is never reset. */
    private static Sinks.EmitFailureHandler retry() {
        return Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(2));
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, List<Sub>> byChannel = new ConcurrentHashMap<>();
    private final LongPredicate drop;
    private final LongPredicate repeat;
    private final DisposableServer server;

    FakeChatServer(LongPredicate drop, LongPredicate repeat) {
        this.drop = drop;
        this.repeat = repeat;
        this.server = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes
                        .ws("/graphql", (in, out) -> {
                            Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
                            in.aggregateFrames().receive().asString()
                                    .doOnNext(text -> onFrame(text, sink))
                                    .doFinally(s -> sink.tryEmitComplete())
                                    .subscribe();
                            return out.sendString(sink.asFlux());
                        }, WebsocketServerSpec.builder().protocols("graphql-transport-ws").build())
                        .post("/graphql", (request, response) -> request.receive().aggregate().asString()
                                .map(this::onHttp)
                                .flatMap(body -> response.header("Content-Type", "application/json")
                                        .sendString(Mono.just(body)).then())))
                .bindNow();
    }

    int port() {
        return server.port();
    }

    private void onFrame(String text, Sinks.Many<String> out) {
        JsonNode m = json.readTree(text);
        switch (m.path("type").asString("")) {
            case "connection_init" -> {
                out.emitNext("{\"type\":\"ping\"}", retry());
                out.emitNext("{\"type\":\"connection_ack\"}", retry());
            }
            case "subscribe" -> {
                String channel = m.path("payload").path("variables").path("channel").asString();
                byChannel.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>())
                        .add(new Sub(out, m.path("id").asString()));
            }
            default -> { }
        }
    }

    private String onHttp(String body) {
        JsonNode request = json.readTree(body.getBytes(StandardCharsets.UTF_8));
        String query = request.path("query").asString("");
        JsonNode variables = request.path("variables");
        if (query.contains("login(")) {
            return "{\"data\":{\"login\":{\"token\":\"token-" + variables.path("handle").asString() + "\",\"player\":{\"id\":\"p\"}}}}";
        }
        String channel = variables.path("channel").asString();
        String text = variables.path("text").asString();
        String[] parts = text.split(" ");
        long seq = parts.length == 5 && parts[2].equals("m") ? Long.parseLong(parts[3]) : -1;
        if (seq < 0 || !drop.test(seq)) {
            String next = "{\"type\":\"next\",\"id\":\"%s\",\"payload\":{\"data\":{\"chatMessages\":"
                    + "{\"id\":\"m\",\"text\":" + json.writeValueAsString(text) + ",\"author\":{\"id\":\"p-0001\"}}}}}";
            int times = seq >= 0 && repeat.test(seq) ? 2 : 1;
            for (Sub sub : byChannel.getOrDefault(channel, List.of())) {
                for (int i = 0; i < times; i++) {
                    sub.out().emitNext(next.formatted(sub.id()), retry());
                }
            }
        }
        return "{\"data\":{\"sendChatMessage\":{\"id\":\"m\"}}}";
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }
}
