package gg.arena.social;

import gg.arena.subgraph.auth.BearerTokens;
import gg.arena.subgraph.auth.PlayerPrincipal;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the HTTP tests: GraphQL POSTs to {@code /graphql} on the random port, bearer tokens
 * for made-up players, and SQL access for checking what was (not) written. The Spring set-up
 * comes from {@link InMemoryDatabaseTest} or {@link PostgresDatabaseTest} on the concrete class.
 */
public abstract class GraphQlHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected BearerTokens tokens;

    @Autowired
    protected JdbcClient jdbc;

    protected GraphQlResponse graphql(String query) {
        return graphql(query, Map.of(), null);
    }

    protected GraphQlResponse graphql(String query, Map<String, ?> variables) {
        return graphql(query, variables, null);
    }

    protected GraphQlResponse graphql(String query, Map<String, ?> variables, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return GraphQlResponse.of(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A signed-in player social has never heard of, unique to the calling test. */
    protected TestPlayer newPlayer(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return player("t-" + name + "-" + suffix, name + "_" + suffix, "EU");
    }

    protected TestPlayer player(String id, String handle, String region) {
        String token = tokens.issue(new PlayerPrincipal(id, handle, region, 1500)).token();
        return new TestPlayer(id, handle, token);
    }

    /** A player and a bearer token for them. */
    public record TestPlayer(String id, String handle, String token) {}
}
