package gg.arena.players.ratings;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the matches subgraph's GraphQL endpoint on a loopback port: answers
 * {@code endedMatchesSince} from a list the test fills, in the shape of {@link MatchesClient#QUERY},
 * and can be stopped and started again on the same port (an outage).
 */
final class FakeMatches implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final List<MatchResult> outbox = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private HttpServer server;

    FakeMatches(int port) {
        this.port = port;
    }

    /** A loopback port nothing listens on right now. */
    static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/graphql";
    }

    void add(MatchResult result) {
        outbox.add(result);
    }

    int reads() {
        return reads.get();
    }

    synchronized void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/graphql", exchange -> {
            reads.incrementAndGet();
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            long after = request.at("/variables/after").asLong();
            int first = request.at("/variables/first").asInt();
            List<Map<String, Object>> page = new ArrayList<>();
            for (MatchResult r : outbox) {
                if (r.sequence() > after && page.size() < first) {
                    List<Map<String, Object>> participants = r.lines().stream()
                            .map(l -> Map.<String, Object>of("team", l.team(), "score", l.score(),
                                    "player", Map.of("id", l.playerId())))
                            .toList();
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("sequence", r.sequence());
                    entry.put("match", Map.of("id", r.matchId(), "participants", participants));
                    page.add(entry);
                }
            }
            byte[] body = JSON.writeValueAsString(Map.of("data", Map.of("endedMatchesSince", page)))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
