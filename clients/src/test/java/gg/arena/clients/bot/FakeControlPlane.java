package gg.arena.clients.bot;

import com.sun.net.httpserver.HttpServer;
import gg.arena.tick.auth.ConnectToken;
import gg.arena.tick.auth.ConnectTokens;
import gg.arena.tick.server.TickServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for players + matches over real HTTP: login, a matchmaker that pairs tickets in arrival
 * order, and joinMatch issuing real connect tokens for an in-process tick server. Enough to run the bot
 * end to end without the Spring services.
 */
final class FakeControlPlane implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.concurrent.atomic.AtomicInteger PLANES = new java.util.concurrent.atomic.AtomicInteger();

    private final HttpServer http;
    private final TickServer tick;
    private final ConnectTokens tokens;
    private final int perMatch;
    private final Map<String, String[]> tickets = new ConcurrentHashMap<>(); // id -> {player, status, match}
    private final List<String> queued = new ArrayList<>();
    private final int plane = PLANES.incrementAndGet();
    private int matchCount;

    FakeControlPlane(TickServer tick, ConnectTokens tokens, int perMatch) throws IOException {
        this.tick = tick;
        this.tokens = tokens;
        this.perMatch = perMatch;
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/graphql", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String player = auth == null ? null : auth.substring("Bearer tok-".length());
            ObjectNode data = handle(body.path("query").asString(), body.path("variables"), player);
            byte[] out = JSON.writeValueAsBytes(JSON.createObjectNode().set("data", data));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        });
        http.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        http.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/graphql");
    }

    int matchesFormed() {
        return matchCount;
    }

    private synchronized ObjectNode handle(String query, JsonNode vars, String player) {
        ObjectNode data = JSON.createObjectNode();
        if (query.contains("login(")) {
            data.putObject("login").put("token", "tok-" + vars.path("h").asString());
        } else if (query.contains("enqueue(")) {
            String id = "t-" + tickets.size();
            tickets.put(id, new String[]{player, "QUEUED", null});
            queued.add(id);
            if (queued.size() == perMatch) {
                String matchId = "m-bot-" + plane + "-" + (++matchCount);
                List<String> players = new ArrayList<>();
                for (String t : queued) {
                    tickets.get(t)[1] = "MATCHED";
                    tickets.get(t)[2] = matchId;
                    players.add(tickets.get(t)[0]);
                }
                queued.clear();
                tick.openMatch(matchId, players);
            }
            data.set("enqueue", ticket(id));
        } else if (query.contains("matchmakingTicket(")) {
            data.set("matchmakingTicket", ticket(vars.path("id").asString()));
        } else if (query.contains("joinMatch(")) {
            ConnectToken token = tokens.issue(player, vars.path("id").asString(), System.currentTimeMillis());
            data.putObject("joinMatch").put("host", "127.0.0.1").put("port", tick.port())
                    .put("protocolVersion", token.protocolVersion()).put("connectToken", token.toBase64());
        }
        return data;
    }

    private ObjectNode ticket(String id) {
        String[] t = tickets.get(id);
        ObjectNode node = JSON.createObjectNode().put("id", id).put("status", t[1]);
        if (t[2] == null) {
            node.putNull("match");
        } else {
            node.putObject("match").put("id", t[2]);
        }
        return node;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
