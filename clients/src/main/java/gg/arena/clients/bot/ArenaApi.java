package gg.arena.clients.bot;

import gg.arena.clients.ArenaClient;
import gg.arena.clients.GraphQLRequest;
import gg.arena.clients.GraphQLResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/** The GraphQL control plane as the bot uses it: login, queue, ticket, joinMatch. */
final class ArenaApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What joinMatch returns. */
    record Join(String host, int port, int protocolVersion, String connectToken) {
    }

    /** A matchmaking ticket: its status and, once MATCHED, its match. */
    record Ticket(String id, String status, String matchId) {
    }

    private final HttpClient http;
    private final URI players;
    private final URI matches;

    ArenaApi(HttpClient http, URI players, URI matches) {
        this.http = http;
        this.players = players;
        this.matches = matches;
    }

    String login(String handle, String password) throws IOException, InterruptedException {
        JsonNode data = call(players, null, "mutation($h: String!, $p: String!) { login(handle: $h, password: $p) { token } }",
                vars().put("h", handle).put("p", password));
        return data.path("login").path("token").asString();
    }

    Ticket enqueue(String token, String mode, String region) throws IOException, InterruptedException {
        JsonNode data = call(matches, token, "mutation($m: GameMode!, $r: Region!) { enqueue(mode: $m, region: $r) { id status match { id } } }",
                vars().put("m", mode).put("r", region));
        return ticket(data.path("enqueue"));
    }

    Ticket ticket(String token, String id) throws IOException, InterruptedException {
        JsonNode data = call(matches, token, "query($id: ID!) { matchmakingTicket(id: $id) { id status match { id } } }",
                vars().put("id", id));
        return ticket(data.path("matchmakingTicket"));
    }

    Join joinMatch(String token, String matchId) throws IOException, InterruptedException {
        JsonNode j = call(matches, token, "mutation($id: ID!) { joinMatch(matchId: $id) { host port protocolVersion connectToken } }",
                vars().put("id", matchId)).path("joinMatch");
        return new Join(j.path("host").asString(), j.path("port").asInt(), j.path("protocolVersion").asInt(),
                j.path("connectToken").asString());
    }

    private static Ticket ticket(JsonNode t) {
        JsonNode match = t.path("match");
        return new Ticket(t.path("id").asString(), t.path("status").asString(),
                match.isObject() ? match.path("id").asString() : null);
    }

    private static ObjectNode vars() {
        return JSON.createObjectNode();
    }

    private JsonNode call(URI endpoint, String token, String query, ObjectNode variables)
            throws IOException, InterruptedException {
        GraphQLResponse response = new ArenaClient(http, endpoint, token, Duration.ofSeconds(10))
                .execute(new GraphQLRequest(query, null, variables));
        if (!response.isSuccess() || response.hasErrors()) {
            throw new IOException("GraphQL call to " + endpoint + " failed: " + response.raw());
        }
        return response.body().path("data");
    }
}
