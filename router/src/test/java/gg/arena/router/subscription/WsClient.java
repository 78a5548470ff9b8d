package gg.arena.router.subscription;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A raw WebSocket client over the JDK's {@link WebSocket}: sends text frames, collects messages and the close. */
final class WsClient implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The close the server sent. */
    record Close(int code, String reason) {
    }

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private volatile boolean reading = true;

    private WsClient(String url, String... subprotocols) {
        WebSocket.Builder b = HTTP.newWebSocketBuilder().connectTimeout(PATIENCE);
        if (subprotocols.length > 0) {
            b.subprotocols(subprotocols[0], java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        socket = b.buildAsync(URI.create(url), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                if (reading) {
                    ws.request(1);
                }
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                closed.complete(new Close(code, reason));
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.complete(new Close(-1, String.valueOf(error)));
            }
        }).orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    static WsClient connect(String url) {
        return new WsClient(url, "graphql-transport-ws");
    }

    static WsClient connectWith(String url, String... subprotocols) {
        return new WsClient(url, subprotocols);
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    WsClient send(String text) {
        socket.sendText(text, true).orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
        return this;
    }

    /** One text message sent as two frames (a fragmented message). */
    WsClient sendFragmented(String first, String second) {
        socket.sendText(first, false).orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
        socket.sendText(second, true).orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
        return this;
    }

    /** {@code connection_init} with an optional {@code Authorization} value, then the {@code connection_ack}. */
    WsClient init(String authorization) throws InterruptedException {
        send(authorization == null ? "{\"type\":\"connection_init\"}"
                : "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"" + authorization + "\"}}");
        JsonNode ack = next();
        if (!"connection_ack".equals(ack.path("type").asString())) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return this;
    }

    WsClient subscribe(String id, String query, String variablesJson) {
        String vars = variablesJson == null ? "" : ",\"variables\":" + variablesJson;
        return send("{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                + JSON.writeValueAsString(query) + vars + "}}");
    }

    /** The next message; fails the test when none arrives in time. */
    JsonNode next() throws InterruptedException {
        String m = messages.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (m == null) {
            throw new AssertionError("no message within " + PATIENCE
                    + (closed.isDone() ? "; socket closed: " + closed.join() : ""));
        }
        return JSON.readTree(m);
    }

    /** The next message that is not a server {@code ping} (answering none of them). */
    JsonNode nextIgnoringPings() throws InterruptedException {
        while (true) {
            JsonNode m = next();
            if (!"ping".equals(m.path("type").asString())) {
                return m;
            }
        }
    }

    /** The close the server sent; fails the test when the socket is still open after the patience. */
    Close awaitClose() {
        try {
            return closed.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the socket was not closed within " + PATIENCE, e);
        }
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** Messages received and not yet read. */
    int unread() {
        return messages.size();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /** Stops reading after the next message: the socket's receive buffers fill and the server must hold back. */
    void stopReading() {
        reading = false;
    }

    /** Drops the TCP connection without a close handshake. */
    void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
