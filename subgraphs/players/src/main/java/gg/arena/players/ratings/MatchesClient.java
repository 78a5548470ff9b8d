package gg.arena.players.ratings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the matches service's outbox of ended matches over GraphQL ({@code endedMatchesSince}, a
 * field hidden from the public API, so this goes to the subgraph itself, not to the router).
 */
public final class MatchesClient {

    /** The operation sent; {@code MatchesFeedQueryTest} validates it against the matches SDL. */
    public static final String QUERY = """
            query EndedMatches($after: Int!, $first: Int!) {
              endedMatchesSince(after: $after, first: $first) {
                sequence
                match { id participants { team score player { id } } }
              }
            }""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;

    public MatchesClient(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Results with an end sequence above {@code after}, oldest first; fails when matches cannot be read. */
    public List<MatchResult> endedSince(long after, int first) throws IOException, InterruptedException {
        if (after > Integer.MAX_VALUE) {
            throw new IOException("end sequence " + after + " does not fit the Int of endedMatchesSince");
        }
        String body = JSON.writeValueAsString(Map.of("query", QUERY, "operationName", "EndedMatches",
                "variables", Map.of("after", after, "first", first)));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + endpoint);
        }
        try {
            return parse(JSON.readTree(response.body()));
        } catch (JacksonException e) {
            throw new IOException("not a GraphQL response from " + endpoint + ": " + e.getOriginalMessage(), e);
        }
    }

    static List<MatchResult> parse(JsonNode response) throws IOException {
        JsonNode errors = response.path("errors");
        if (!errors.isMissingNode() && !errors.isEmpty()) {
            throw new IOException("endedMatchesSince failed: " + errors.get(0).path("message").asString(""));
        }
        JsonNode page = response.path("data").path("endedMatchesSince");
        if (!page.isArray()) {
            throw new IOException("endedMatchesSince missing from the response");
        }
        List<MatchResult> results = new ArrayList<>();
        for (JsonNode ended : page) {
            JsonNode match = ended.path("match");
            List<MatchResult.Line> lines = new ArrayList<>();
            for (JsonNode p : match.path("participants")) {
                lines.add(new MatchResult.Line(p.path("player").path("id").asString(), p.path("team").asInt(),
                        p.path("score").asInt()));
            }
            String id = match.path("id").asString(null);
            if (id == null || !ended.path("sequence").isNumber()) {
                throw new IOException("an endedMatchesSince entry without sequence or match id");
            }
            results.add(new MatchResult(id, ended.path("sequence").asLong(), lines));
        }
        return results;
    }
}
