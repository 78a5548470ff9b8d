package gg.arena.subgraph.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small graphql-transport-ws client over the JDK WebSocket, for tests that assert the protocol's
 * messages as they arrive: every message is kept (as a JSON map) in arrival order; {@code ping}
 * is answered with {@code pong} and also kept.
 */
public final class GraphQlWsClient implements AutoCloseable {

    /** How long a test waits for an expected message or close before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQlWsClient(URI uri, Map<String, String> headers) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws");
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, new Listener()).join();
    }

    /** Opens {@code ws://127.0.0.1:<port>/graphql} with these upgrade request headers. */
    public static GraphQlWsClient open(int port, Map<String, String> headers) {
        return new GraphQlWsClient(URI.create("ws://127.0.0.1:" + port + "/graphql"), headers);
    }

    public static GraphQlWsClient open(int port) {
        return open(port, Map.of());
    }

    /** The sub-protocol the server chose. */
    public String subprotocol() {
        return socket.getSubprotocol();
    }

    public void send(Map<String, Object> message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    /** Sends {@code connection_init} with the payload (none when null) and returns the next message. */
    public Map<String, Object> init(Map<String, Object> payload) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "connection_init");
        if (payload != null) {
            message.put("payload", payload);
        }
        send(message);
        return next();
    }

    public void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables)));
    }

    public void complete(String id) {
        send(Map.of("id", id, "type", "complete"));
    }

    /** The next message from the server; fails when none comes within {@link #PATIENCE}. */
    public Map<String, Object> next() {
        try {
            Map<String, Object> message = messages.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("no graphql-transport-ws message within " + PATIENCE
                        + (closed.isDone() ? " (socket closed with " + closed.join() + ")" : ""));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Messages received so far and not yet taken with {@link #next()}. */
    public List<Map<String, Object>> pending() {
        return List.copyOf(messages);
    }

    /** The close status the server sent; fails when the socket stays open past {@link #PATIENCE}. */
    public int closeCode() {
        return closed.completeOnTimeout(-1, PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Map<String, Object> message = JSON.readValue(partial.toString(), Map.class);
                partial.setLength(0);
                if ("ping".equals(message.get("type"))) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                }
                messages.add(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-2);
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }
    }
}
